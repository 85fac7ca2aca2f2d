import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { breakdowns, checkArticle, checkFigure, warningsFor } from './consistency';
import { articleClaimFeatures } from './features';
import type { ClaimFeatures } from './types';

const SEED = fileURLToPath(new URL('../../db/seed/karabakh-talks.ar.txt', import.meta.url));

function claimsOf(text: string) {
  return extractClaims(text).map((c, i) => ({ ...c, id: String(i) }));
}

describe('checkArticle on the seed article', () => {
  const text = readFileSync(SEED, 'utf8');
  const claims = claimsOf(text);

  it('reads the five violations as two in Shusha plus three in Martakert, and the sum holds', () => {
    const found = breakdowns(text, claims).find((b) => b.total.value === 5 && b.total.countedLabel === 'ceasefire violations');
    expect(found).toBeDefined();
    expect(found!.exhaustive).toBe(true);
    expect(found!.parts.map((p) => p.value)).toEqual([2, 3]);
    expect(checkArticle(text, claims)).toEqual([]);
  });

  it('reads "about 5,000 of them" as part of "more than 10,000 evacuated", and it fits', () => {
    const found = breakdowns(text, claims).find((b) => b.parts.some((p) => p.value === 5000));
    expect(found?.total.value).toBe(10000);
  });
});

describe('checkArticle on a crafted article', () => {
  const text = [
    'خروقات للهدنة في قره باغ',
    'وقالت وزارة الدفاع الروسية في بيان إنها رصدت ستة انتهاكات لوقف إطلاق النار: انتهاكان في منطقة شوشا وثلاثة انتهاكات في منطقة مارتاكيرت.',
    'وقال أمين المظالم إنه تم إجلاء أكثر من 10 آلاف شخص من مناطق إقامتهم. وتولت قوة حفظ السلام تأمين خدمات الرعاية لنحو 20 ألف شخص من هؤلاء.',
    'وقالت السلطات إن 32 شخصاً قتلوا، بينهم سبعة مدنيين وثلاثة أطفال.',
  ].join('\n\n');
  const claims = claimsOf(text);
  const warnings = checkArticle(text, claims);
  const byValue = (v: number) => claims.find((c) => c.value === v)!.id;

  it('flags the wrong sum with the claims involved, in both languages', () => {
    const w = warnings.find((x) => x.code === 'sum-mismatch');
    expect(w?.claimIds).toEqual([byValue(6), byValue(2), byValue(3)]);
    expect(w?.message.ar).toContain('لا تساوي');
    expect(w?.message.en).toContain('do not add up');
  });

  it('flags the part larger than its whole', () => {
    const w = warnings.find((x) => x.code === 'subset-exceeds-whole');
    expect(w?.claimIds).toEqual([byValue(10000), byValue(20000)]);
    expect(w?.message.en).toContain('larger than the whole');
  });

  it('leaves parts that fit alone ("32 killed, among them 7 civilians and 3 children")', () => {
    expect(warnings).toHaveLength(2);
    expect(warningsFor(byValue(32), warnings)).toEqual([]);
  });

  it('flags a single part larger than its total', () => {
    const t = 'وقالت السلطات إن 20 شخصاً قتلوا بينهم 25 طفلاً.';
    expect(checkArticle(t, claimsOf(t)).map((w) => w.code)).toEqual(['subset-exceeds-whole']);
  });

  it('does not demand a sum of parts that are only some of the total', () => {
    const t = 'وأعلن الجيش رصد 12 خرقاً للهدنة، منها خمسة خروقات في الشمال وأربعة خروقات في الجنوب.';
    expect(checkArticle(t, claimsOf(t))).toEqual([]);
  });
});

describe('checkFigure', () => {
  const base = (id: string, date: string, value: number, claimant: string): ClaimFeatures => {
    const text = `وقالت ${claimant} إن ${value} نازحاً وصلوا إلى أرمينيا.`;
    const [c] = claimsOf(text);
    return articleClaimFeatures({ id, date, text }, [{ ...c, id }])[0];
  };

  it('flags one claimant giving two values on one day', () => {
    const claims = [base('a', '2023-09-26', 13350, 'الحكومة الأرمينية'), base('b', '2023-09-26', 19000, 'الحكومة الأرمينية'), base('c', '2023-09-26', 13350, 'المفوضية')];
    const w = checkFigure(claims).filter((x) => x.code === 'claimant-same-day-values');
    expect(w).toHaveLength(1);
    expect(w[0].claimIds).toEqual(['a', 'b']);
  });

  it('flags a value ten times off the claims around it, not a toll that grows over weeks', () => {
    const claims = [base('a', '2023-09-24', 1050, 'الحكومة'), base('b', '2023-09-25', 6650, 'المفوضية'), base('c', '2023-09-26', 13350, 'الوزارة'), base('d', '2023-09-26', 133500, 'مصدر')];
    const w = checkFigure(claims).filter((x) => x.code === 'order-of-magnitude');
    expect(w.map((x) => x.claimIds[0])).toEqual(['d']);
    const growth = [1050, 6650, 13350, 28120, 50243, 100417].map((v, i) => base(String(i), `2023-09-${24 + i}`, v, 'الحكومة'));
    growth.push(base('late', '2023-10-20', 1000, 'الحكومة'), base('later', '2023-11-20', 150000, 'الحكومة'));
    expect(checkFigure(growth).filter((x) => x.code === 'order-of-magnitude')).toEqual([]);
  });
});

describe('checkFigure: values that can both be true', () => {
  const make = (id: string, value: number, qualifier: 'at least' | 'up to' | null): ClaimFeatures => ({
    claimId: id, articleId: id, articleDate: '2023-09-14', value, qualifier, category: 'casualties', counted: 'killed', countedKind: 'killed',
    claimant: 'عمدة درنة', claimantKey: 'درن عمد', quote: String(value), sentencePlaces: [], articlePlaces: [], words: [], lang: 'ar', years: [], partOf: null,
  });

  it('does not flag a range given as two claims, nor a round number beside its exact value', () => {
    expect(checkFigure([make('a', 18000, 'at least'), make('b', 20000, 'up to')])).toEqual([]);
    expect(checkFigure([make('a', 100000, null), make('b', 100417, null)])).toEqual([]);
    expect(checkFigure([make('a', 13350, null), make('b', 19000, null)]).map((w) => w.code)).toEqual(['claimant-same-day-values']);
  });
});
