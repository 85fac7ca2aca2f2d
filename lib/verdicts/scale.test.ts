import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, VERDICT_STATUSES } from '@/lib/vocabulary';

/** The statuses stored before the five-verdict scale. */
const OLD_STATUSES = ['unreviewed', 'in_review', 'verified', 'disputed', 'unverifiable', 'dismissed'];
import { BEST_RATING, CLAIM_STATUSES_V2, migrateStatus, NEXT_STATUSES, VERDICT_SCALE, VERDICTS, verdictRating, WORST_RATING } from './scale';

describe('verdict scale', () => {
  it('rates false 1, misleading 2, disputed and unverifiable 3, verified 5', () => {
    expect(Object.fromEntries(VERDICTS.map((v) => [v, VERDICT_SCALE[v].ratingValue]))).toEqual({
      verified: 5,
      disputed: 3,
      false: 1,
      misleading: 2,
      unverifiable: 3,
    });
    for (const v of VERDICTS) {
      expect(VERDICT_SCALE[v].ratingValue).toBeGreaterThanOrEqual(WORST_RATING);
      expect(VERDICT_SCALE[v].ratingValue).toBeLessThanOrEqual(BEST_RATING);
    }
  });

  it('gives every verdict one distinct label per language', () => {
    for (const locale of ['ar', 'en'] as const) {
      const labels = VERDICTS.map((v) => VERDICT_SCALE[v].label[locale]);
      expect(new Set(labels).size).toBe(VERDICTS.length);
      for (const l of labels) expect(l.trim()).not.toBe('');
    }
  });

  it('builds a schema.org Rating in the requested language', () => {
    expect(verdictRating('misleading', 'ar')).toEqual({
      '@type': 'Rating',
      ratingValue: 2,
      bestRating: 5,
      worstRating: 1,
      alternateName: 'مضلِّل',
    });
    expect(verdictRating('false', 'en').alternateName).toBe('False');
  });
});

describe('status migration', () => {
  it('has a rule for every current status, and old verdicts keep their names', () => {
    for (const s of OLD_STATUSES) expect(CLAIM_STATUSES_V2).toContain(migrateStatus(s));
    for (const v of ['verified', 'disputed', 'unverifiable']) expect(migrateStatus(v)).toBe(v);
  });

  it('is the vocabulary the database CHECK constraints use', () => {
    expect([...CLAIM_STATUSES]).toEqual([...CLAIM_STATUSES_V2]);
    expect([...VERDICT_STATUSES]).toEqual([...VERDICTS]);
  });

  it('refuses a status it does not know', () => {
    expect(() => migrateStatus('maybe')).toThrow(/No migration rule/);
  });
});

describe('transitions', () => {
  it('never allows a status to go to itself and always allows reopening a verdict', () => {
    for (const s of CLAIM_STATUSES_V2) expect(NEXT_STATUSES[s]).not.toContain(s);
    for (const v of VERDICTS) expect(NEXT_STATUSES[v]).toContain('in_review');
    expect(NEXT_STATUSES.dismissed).toEqual(['unreviewed']);
  });
});
