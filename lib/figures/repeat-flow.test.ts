import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { findEarlierVerdicts } from './earlier-verdicts';
import { articleClaimFeatures } from './features';
import { makeFigure } from './figure-input';
import { candidateQuery, claimMatchesQuery, figureMatchesQuery } from './retrieval';
import { suggestFigures } from './suggest';
import type { ClaimFeatures, JudgedClaim } from './types';

/** The flow the desk runs: import, suggest, link, judge; then a second article repeats the toll. */
describe('two articles repeating the same toll', () => {
  const article = (id: string, date: string, text: string): ClaimFeatures[] =>
    articleClaimFeatures({ id, date, text }, extractClaims(text).map((c, i) => ({ ...c, id: `${id}#${i}` })));

  const [first] = article('a1', '2023-09-21', 'وقالت سلطات الإقليم الانفصالية في ناغورنو قره باغ إن الهجوم الأذربيجاني أدى إلى مقتل 200 شخص على الأقل.');
  const [second] = article('a2', '2023-09-23', 'وأكدت السلطات الانفصالية في قره باغ أن 200 شخص على الأقل قتلوا في الهجوم الأذربيجاني.');
  const { figure } = makeFigure('f1', {
    titleAr: 'قتلى الهجوم الأذربيجاني على ناغورنو قره باغ',
    category: 'casualties',
    counted: 'قتلى',
    place: 'ناغورنو قره باغ',
    from: '2023-09-19',
    to: '2023-09-20',
  });

  it('suggests the earlier claim before any figure exists', () => {
    const q = candidateQuery(second);
    expect(claimMatchesQuery(q, first)).toBe(true);
    expect(suggestFigures(second, { figures: [], claims: [first] })[0]).toMatchObject({ claimId: 'a1#0', figureId: null });
  });

  it('suggests the figure once the first claim is linked, and shows its verdict', () => {
    const linked: JudgedClaim = { ...first, figureId: 'f1', status: 'accurate', publishedAt: '2023-09-22T08:00:00Z' };
    expect(figureMatchesQuery(candidateQuery(second), figure)).toBe(true);
    const [top] = suggestFigures(second, { figures: [{ figure, claims: [linked] }], claims: [linked] });
    expect(top.figureId).toBe('f1');
    expect(top.reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['same-counted', 'same-claimant', 'same-value']));
    // The checker accepts: the new claim is linked, and the earlier verdict is offered, not applied.
    expect(findEarlierVerdicts({ ...second, figureId: 'f1' }, [linked], figure)).toEqual([
      { claimId: 'a1#0', articleId: 'a1', articleDate: '2023-09-21', status: 'accurate', publishedAt: '2023-09-22T08:00:00Z' },
    ]);
  });

  it('keeps a rejected figure away', () => {
    const linked = { ...first, figureId: 'f1' };
    expect(suggestFigures(second, { figures: [{ figure, claims: [linked] }], claims: [] }, { rejected: { figureIds: ['f1'] } })).toEqual([]);
  });
});
