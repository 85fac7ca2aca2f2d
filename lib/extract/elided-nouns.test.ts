import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';

const read = (text: string) => extractClaims(text).map((c) => [c.value, c.category, c.countedLabel]);

describe('a count whose noun is left out', () => {
  it.each([
    [
      'a clause opened by فيما goes on counting the same people, with its own event',
      'عاد أكثر من نصف مليون نازح إلى بلداتهم، فيما لا يزال نحو 180 ألفاً في مراكز الإيواء.',
      [[500000, 'displacement', 'displaced people'], [180000, 'aid', 'people sheltered']],
    ],
    [
      'a clause opened by بينما, past a verb and a time word',
      'ووصل 41 ألف مهاجر إلى الجزر العام الماضي، بينما وصل منذ بداية العام الحالي قرابة 19 ألفاً.',
      [[41000, 'displacement', 'migrants'], [19000, 'displacement', 'migrants']],
    ],
    [
      'more of them, after إضافة إلى',
      'وصل أكثر من 600 ألف لاجئ إلى البلاد، إضافة إلى نحو 400 ألف كانوا فيها قبل ذلك.',
      [[600000, 'displacement', 'refugees'], [400000, 'displacement', 'refugees']],
    ],
    [
      'a share named before the number',
      'وبلغ عدد المقابر المكتشفة 93 مقبرة، فُتح منها حتى الآن 68، بسبب نقص التمويل.',
      [[93, 'other', 'graves'], [68, 'other', 'graves']],
    ],
    [
      'the whole a count was part of: من أصل',
      'ولم تدخل سوى 115 شاحنة وقود من أصل 2200.',
      [[115, 'aid', 'trucks'], [2200, 'aid', 'trucks']],
    ],
  ])('%s', (_, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['a measure', 'ونزح 3 آلاف شخص، فيما يبعد المخيم 30 كيلومتراً.'],
    ['a toll word that names its own noun', 'قتل 5 أشخاص، فيما ارتفع عدد المنازل المتضررة إلى 40 منزلا.'],
    ['a year', 'نزح 3 آلاف شخص، فيما كانوا قد نزحوا عام 2014.'],
  ])('is not read into %s', (_, text) => {
    expect(read(text).filter(([, , counted]) => counted === 'people displaced' || counted === 'killed').length).toBe(1);
  });
});

describe('a bare count in quotation marks before the verb that says what befell them', () => {
  it.each([
    ['left the country', 'وقالت الشرطة إن "نحو 300 ألف" غادروا البلاد خلال العام.', [300000, 'displacement']],
    ['fled, after بينهم', 'وقال المحافظ إن مليون شخص نزحوا، بينهم "أكثر من 40 ألفاً" فروا إلى الجبال.', [40000, 'displacement']],
  ])('%s', (_, text, expected) => {
    expect(read(text).map((c) => [c[0], c[1]])).toContainEqual(expected);
  });
});

describe('a number inside a quoted name before a verb', () => {
  it('is no count: "أمل 5" أنقذت names a ship', () => {
    expect(read('وقالت المنظمة إن سفينتها "أمل 5" أنقذت 21 مهاجراً.').map((c) => c[0])).toEqual([21]);
  });
});
