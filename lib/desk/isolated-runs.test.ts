import { describe, expect, it } from 'vitest';
import { isolatedRuns } from './isolated-runs';

const isolated = (text: string) => isolatedRuns(text).filter((r) => r.isolate).map((r) => text.slice(r.start, r.end));

describe('isolatedRuns', () => {
  it('isolates numbers and Latin names in Arabic, each run whole', () => {
    expect(isolated('قالت OCHA Flash Update #12 إن 5,000 عائلة نزحت')).toEqual(['OCHA Flash Update #12', '5,000']);
    expect(isolated('قتل ٢٧ شخصاً')).toEqual(['٢٧']);
  });

  it('isolates Arabic in an English text', () => {
    expect(isolated('The ministry (وزارة الصحة) said 27')).toEqual(['وزارة الصحة']);
  });

  it('covers the whole text, in order', () => {
    for (const text of ['', 'abc', 'نص', 'قال 12 x y']) {
      const runs = isolatedRuns(text);
      expect(runs.map((r) => text.slice(r.start, r.end)).join('')).toBe(text);
      runs.forEach((r, i) => i > 0 && expect(r.start).toBe(runs[i - 1].end));
    }
  });
});
