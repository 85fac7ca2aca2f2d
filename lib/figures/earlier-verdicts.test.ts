import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { findEarlierVerdicts } from './earlier-verdicts';
import { articleClaimFeatures } from './features';
import type { JudgedClaim } from './types';

function one(id: string, date: string, text: string) {
  const [c] = extractClaims(text).map((x, i) => ({ ...x, id: `${id}#${i}`, figureId: 'f1' }));
  return articleClaimFeatures({ id, date, text }, [c])[0];
}

const figure = { from: '2023-09-19', to: '2023-09-20' };
const judged: JudgedClaim = {
  ...one('a1', '2023-09-21', 'وقالت سلطات الإقليم الانفصالية إن 200 شخص على الأقل قتلوا في الهجوم.'),
  status: 'accurate',
  publishedAt: '2023-09-21T12:00:00Z',
};

describe('findEarlierVerdicts', () => {
  it('finds the verdict on the same toll from the same source', () => {
    const again = one('a2', '2023-09-23', 'وأكدت السلطات الانفصالية في الإقليم أن 200 شخص على الأقل قتلوا.');
    expect(findEarlierVerdicts(again, [judged], figure)).toEqual([
      { claimId: 'a1#0', articleId: 'a1', articleDate: '2023-09-21', status: 'accurate', publishedAt: '2023-09-21T12:00:00Z' },
    ]);
  });

  it('needs the same value, the same claimant and the same figure', () => {
    const other = one('a3', '2023-09-23', 'وقالت سلطات الإقليم الانفصالية إن 213 شخصاً قتلوا في الهجوم.');
    expect(findEarlierVerdicts(other, [judged], figure)).toEqual([]);
    const baku = one('a4', '2023-09-23', 'وقالت وزارة الدفاع الأذربيجانية إن 200 شخص على الأقل قتلوا.');
    expect(findEarlierVerdicts(baku, [judged], figure)).toEqual([]);
    const again = one('a5', '2023-09-23', 'وأكدت السلطات الانفصالية في الإقليم أن 200 شخص على الأقل قتلوا.');
    expect(findEarlierVerdicts({ ...again, figureId: 'f2' }, [judged], figure)).toEqual([]);
    expect(findEarlierVerdicts({ ...again, figureId: null }, [judged], figure)).toEqual([]);
  });

  it('stays within the figure period (with the reporting that follows it)', () => {
    const late = one('a6', '2024-01-10', 'وأكدت السلطات الانفصالية في الإقليم أن 200 شخص على الأقل قتلوا.');
    expect(findEarlierVerdicts(late, [judged], figure)).toEqual([]);
    expect(findEarlierVerdicts(late, [judged], { from: '2023-09-19', to: null })).toHaveLength(1);
  });
});
