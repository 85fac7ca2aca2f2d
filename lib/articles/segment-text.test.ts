import { describe, expect, it } from 'vitest';
import { segmentText, sentenceAround } from './segment-text';

describe('segmentText', () => {
  const text = 'قال المسؤول إن 200 شخص قتلوا وأصيب أكثر من 400 آخرين.';

  it('keeps every character once, in order, with exact offsets', () => {
    const a = text.indexOf('200 شخص');
    const b = text.indexOf('أكثر من 400');
    const segments = segmentText(text, [
      { claimId: 1, start: a, end: a + 7 },
      { claimId: 2, start: b, end: b + 11 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    for (const s of segments) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segments.filter((s) => s.claimIds.length).map((s) => [s.text, s.claimIds])).toEqual([
      ['200 شخص', [1]],
      ['أكثر من 400', [2]],
    ]);
  });

  it('splits overlapping spans into pieces that name every claim covering them', () => {
    const segments = segmentText('abcdefgh', [
      { claimId: 1, start: 1, end: 5 },
      { claimId: 2, start: 3, end: 7 },
    ]);
    expect(segments.map((s) => [s.text, s.claimIds])).toEqual([
      ['a', []],
      ['bc', [1]],
      ['de', [1, 2]],
      ['fg', [2]],
      ['h', []],
    ]);
  });

  it('ignores spans that fall outside the text', () => {
    expect(segmentText('abc', [{ claimId: 1, start: 2, end: 10 }])).toEqual([{ start: 0, end: 3, text: 'abc', claimIds: [] }]);
  });
});

describe('sentenceAround', () => {
  it('returns the sentence that holds the span, with whitespace and NBSPs collapsed', () => {
    const text = 'جملة أولى. وقال\u00A0المسؤول إن 200 شخص قتلوا. جملة ثالثة';
    const start = text.indexOf('200');
    expect(sentenceAround(text, start, start + 3)).toBe('وقال المسؤول إن 200 شخص قتلوا.');
  });
});
