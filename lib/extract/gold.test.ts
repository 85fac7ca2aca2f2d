import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from './index';
import { score, type Gold } from './fixtures/score-gold';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const article = readFileSync(here('../../db/seed/karabakh-talks.ar.txt'), 'utf8');
const gold: Gold = JSON.parse(readFileSync(here('./fixtures/karabakh-talks.gold.json'), 'utf8'));

describe('the seed article against its hand annotation', () => {
  const claims = extractClaims(article);
  const result = score(gold, claims);

  it('finds every required claim', () => {
    expect(result.missed).toEqual([]);
    expect(result.recall).toBe(1);
  });

  it('lists nothing that is not a claim', () => {
    expect(result.false_positives).toEqual([]);
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('gets categories and claimants right', () => {
    expect(result.cat_ok / result.found).toBeGreaterThanOrEqual(0.95);
    expect(result.claimant_ok / result.found).toBeGreaterThanOrEqual(0.95);
  });

  it('quotes the article exactly', () => {
    for (const c of claims) {
      expect(article.slice(c.start, c.end)).toBe(c.quote);
      for (const m of c.mentions) expect(m.end).toBeGreaterThan(m.start);
    }
  });

  it('keeps the negatives out', () => {
    for (const item of gold.negative ?? []) {
      const hit = claims.find((c) => c.value === item.value && c.mentions.some((m) => m.start < item.spans[0].end && item.spans[0].start < m.end));
      expect(hit, item.note).toBeUndefined();
    }
  });
});

describe('the score.py port', () => {
  const item = { value: 5, categories: ['violations'], claimants: ['روسيا'], qualifier: null, note: 'five', spans: [{ start: 10, end: 20 }] };
  const one: Gold = { required: [item], optional: [{ ...item, value: 2, note: 'two', spans: [{ start: 30, end: 35 }] }] };

  it('counts a second prediction of the same item as a false positive', () => {
    const p = { quote: 'x', start: 12, end: 18, value: 5, category: 'violations', claimant: 'روسيا' };
    expect(score(one, [p, { ...p }])).toMatchObject({ found: 1, tp_preds: 1, fp: 1, precision: 0.5 });
  });

  it('matches through mentions and treats optional matches as neutral', () => {
    const p = { quote: 'x', start: 0, end: 2, value: 5, category: 'violations', claimant: 'وزارة الدفاع في روسيا', mentions: [{ start: 15, end: 16 }] };
    const opt = { quote: 'y', start: 31, end: 33, value: 2, category: 'other', claimant: null };
    expect(score(one, [p, opt])).toMatchObject({ found: 1, fp: 0, cat_ok: 1, claimant_ok: 1, precision: 1 });
  });

  it('normalises claimants the way score.py does', () => {
    const p = { quote: 'x', start: 12, end: 18, value: 5, category: 'other', claimant: 'رُوسْيا' };
    expect(score(one, [p])).toMatchObject({ cat_ok: 0, claimant_ok: 1 });
    expect(score(one, [{ ...p, claimant: null }])).toMatchObject({ claimant_ok: 0 });
  });
});
