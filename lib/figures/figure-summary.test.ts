import { describe, expect, it } from 'vitest';
import { canonicalClaimant } from './claimant';
import { figureProblems, makeFigure } from './figure-input';
import { summarizeFigure, type FigureClaim } from './figure-summary';

const row = (claimId: string, articleDate: string, claimant: string | null, value: number | null, status = 'published'): FigureClaim => ({
  claimId,
  articleId: `a-${claimId}`,
  articleDate,
  claimant,
  claimantKey: canonicalClaimant(claimant),
  value,
  qualifier: null,
  status,
});

describe('summarizeFigure', () => {
  const s = summarizeFigure([
    row('3', '2023-09-28', 'سلطات الإقليم الانفصالية', 213),
    row('1', '2023-09-19', 'أمين المظالم في ناغورنو قره باغ غيغام ستيبانيان', 27),
    row('2', '2023-09-20', 'أمين المظالم غيغام ستيبانيان', 32),
    row('4', '2023-09-29', null, null),
  ]);

  it('gives one series per claimant, in date order', () => {
    expect(s.series.map((x) => x.points.map((p) => p.value))).toEqual([[27, 32], [213]]);
  });

  it('states the range and the latest value per claimant in both languages', () => {
    expect(s.range).toEqual({ min: 27, max: 213 });
    expect(s.sentence.en).toBe(
      'Values given range from 27 to 213. Latest value per source: أمين المظالم في ناغورنو قره باغ غيغام ستيبانيان: 32 (2023-09-20); سلطات الإقليم الانفصالية: 213 (2023-09-28).',
    );
    expect(s.sentence.ar).toContain('تراوحت القيم المعلنة بين 27 و213');
  });

  it('says so when nothing is published', () => {
    expect(summarizeFigure([]).sentence.en).toBe('No values have been published for this figure yet.');
  });
});

describe('makeFigure', () => {
  it('derives the counted kind and the retrieval key', () => {
    const { figure, retrievalKey } = makeFigure('f1', { titleAr: ' الجنود القتلى ', category: 'casualties', counted: 'جنود قتلى' });
    expect(figure).toMatchObject({ titleAr: 'الجنود القتلى', titleEn: null, countedKind: 'killed:soldiers', place: null });
    expect(retrievalKey).toBe('killed');
  });

  it('reports a missing title and a reversed period', () => {
    expect(figureProblems({ category: 'casualties', counted: 'killed', from: '2023-09-20', to: '2023-09-19' })).toEqual(['no-title', 'period-reversed']);
  });
});
