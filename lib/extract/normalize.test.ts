import { describe, expect, it } from 'vitest';
import { normalizeKey, normalizeWithMap, toOriginal } from './normalize';

describe('normalizeWithMap', () => {
  it('folds the letters and digits Arabic text varies on', () => {
    expect(normalizeWithMap('أإآٱ ى ة ١٢٣ ۴۵۶ ک ی').text).toBe('اااا ي ه 123 456 ك ي');
  });

  it('drops tatweel, harakat, shadda, tanween and invisible marks', () => {
    expect(normalizeWithMap('بـ\u200f120 مدنيَّين ألفًا\u200b').text).toBe('ب120 مدنيين الفا');
  });

  it('turns every blank into a plain space and keeps line breaks', () => {
    expect(normalizeWithMap('أ\u00a0ب\u2009ج\r\nد').text).toBe('ا ب ج\n\nد');
  });

  it('maps each normalised character back to its original index', () => {
    const input = 'قُتِلَ\u00a0ثلاثةُ';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('قتل ثلاثه');
    for (let i = 0; i < text.length; i++) {
      const original = input[map[i]];
      expect(normalizeWithMap(original).text).toBe(text[i]);
    }
    expect(map[text.length]).toBe(input.length);
  });

  it('expands presentation forms and keeps their offsets', () => {
    const input = 'ﻻ شيء';
    const { text, map } = normalizeWithMap(input);
    expect(text).toBe('لا شيء');
    expect(map[0]).toBe(0);
    expect(map[1]).toBe(0);
    expect(map[2]).toBe(1);
  });

  it('keeps a BOM out of the copy but counts it in the offsets', () => {
    const { text, map } = normalizeWithMap('\ufeff5 قتلى');
    expect(text).toBe('5 قتلي');
    expect(map[0]).toBe(1);
  });
});

describe('toOriginal', () => {
  it('widens a range over the marks that follow its last letter', () => {
    const input = 'قتيلاً و';
    const { map } = normalizeWithMap(input);
    expect(toOriginal(input, map, 0, 5)).toEqual([0, 6]);
  });
});

describe('normalizeKey', () => {
  it('normalises a lexicon phrase', () => {
    expect(normalizeKey('  ما لا يقلُّ  عن ')).toBe('ما لا يقل عن');
  });
});
