import { describe, expect, it } from 'vitest';
import { highlightSnippet, matchRanges } from './highlight';
import { parseSearchQuery } from './search-query';

const marked = (text: string, ranges: [number, number][]) => ranges.map(([s, e]) => text.slice(s, e));

describe('matchRanges', () => {
  it('finds matches on the normalised copy and returns original offsets', () => {
    const text = 'أعلنت وزارةُ الصحة أن عدد الأَسرى بلغ 120';
    expect(marked(text, matchRanges(text, parseSearchQuery('الاسري')))).toEqual(['الأَسرى']);
    expect(marked(text, matchRanges(text, parseSearchQuery('"وزاره الصحه"')))).toEqual(['وزارةُ الصحة']);
  });

  it('highlights the whole word a prefix starts, and only at word starts', () => {
    const text = 'The UNRWA reports; unreported figures';
    expect(marked(text, matchRanges(text, parseSearchQuery('rep')))).toEqual(['reports']);
    expect(marked(text, matchRanges(text, parseSearchQuery('unr')))).toEqual(['UNRWA', 'unreported']);
  });

  it('highlights a word behind its article and particles, like the stems index', () => {
    const text = 'وزارة الدفاع والصحة العامة، وللأمم المتحدة';
    expect(marked(text, matchRanges(text, parseSearchQuery('الصحة')))).toEqual(['والصحة']);
    expect(marked(text, matchRanges(text, parseSearchQuery('"الامم المتحدة"')))).toEqual(['وللأمم المتحدة']);
    expect(marked(text, matchRanges(text, parseSearchQuery('زارة')))).toEqual([]);
  });

  it('matches an exact word only whole', () => {
    const text = 'a ab a';
    expect(matchRanges(text, parseSearchQuery('"a"'))).toEqual([
      [0, 1],
      [5, 6],
    ]);
  });

  it('keeps the diacritics after the last letter inside the mark', () => {
    const text = 'قُتِلَ مدنيًّا';
    expect(marked(text, matchRanges(text, parseSearchQuery('مدنيا')))).toEqual(['مدنيًّا']);
  });

  it('merges overlapping matches and finds nothing for an empty query', () => {
    const text = 'وزارة الصحة';
    expect(matchRanges(text, parseSearchQuery('وزارة "وزارة الصحة"'))).toEqual([[0, 11]]);
    expect(matchRanges(text, parseSearchQuery('""'))).toEqual([]);
  });
});

describe('highlightSnippet', () => {
  it('returns a short text whole with its marks', () => {
    const s = highlightSnippet('Gaza aid', parseSearchQuery('aid'));
    expect(s).toEqual({ text: 'Gaza aid', start: 0, marks: [[5, 8]], cutBefore: false, cutAfter: false });
  });

  it('cuts a long text around the first match, at spaces, with relative marks', () => {
    const text = `${'كلمة '.repeat(100)}الأسرى ${'نص '.repeat(100)}`;
    const s = highlightSnippet(text, parseSearchQuery('الاسرى'), 80);
    expect(s.cutBefore && s.cutAfter).toBe(true);
    expect(s.text.length).toBeLessThanOrEqual(80);
    expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(s.marks).toHaveLength(1);
    expect(s.text.slice(...s.marks[0])).toBe('الأسرى');
    expect(s.text.startsWith('كلمة')).toBe(true);
  });

  it('falls back to the start of the text without a match', () => {
    const s = highlightSnippet('x '.repeat(200), parseSearchQuery('zzz'), 50);
    expect(s.start).toBe(0);
    expect(s.marks).toEqual([]);
    expect(s.cutAfter).toBe(true);
  });
});
