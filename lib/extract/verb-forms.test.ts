import { describe, expect, it } from 'vitest';
import { conjugate } from './verb-forms';

describe('the written forms of a verb', () => {
  it.each([
    ['a sound verb', 'قتل/يقتل', ['قتل', 'قتلت', 'قتلوا', 'قتلا', 'قتلتا', 'قتلن', 'قتلنا', 'يقتل', 'تقتل', 'يقتلون', 'يقتلان', 'يقتلن']],
    ['a past in ى/ي drops it before و', 'قضى', ['قضي', 'قضت', 'قضيت', 'قضوا', 'قضيا', 'قضتا', 'قضيتا', 'قضين']],
    ['a present in ي drops it before ون', 'توفي/يتوفى', ['يتوفون']],
    ['hamza and alef are folded', 'أصيب/يُصاب', ['اصيب', 'اصيبوا', 'يصاب', 'تصاب', 'يصابون']],
  ])('%s', (_, spec, forms) => {
    expect(conjugate(spec)).toEqual(expect.arrayContaining(forms));
  });
});
