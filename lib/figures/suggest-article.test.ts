import { describe, expect, it } from 'vitest';
import { extractClaims } from '../extract';
import { articleClaimFeatures } from './features';
import type { CandidateQuery } from './retrieval';
import { suggestForArticle } from './suggest-article';

describe('suggestForArticle', () => {
  const text = 'قالت سلطات قره باغ إن 200 شخص على الأقل قتلوا. وقالت السلطات إن 400 شخص أصيبوا. وقالت الوزارة إن 32 شخصاً قتلوا في ستيباناكيرت.';
  const claims = articleClaimFeatures({ id: 'a', date: '2023-09-21', text }, extractClaims(text).map((c, i) => ({ ...c, id: `a#${i}` })));
  const earlier = articleClaimFeatures({ id: 'b', date: '2023-09-20', text }, extractClaims(text).map((c, i) => ({ ...c, id: `b#${i}` })));

  it('fetches each distinct candidate query once and suggests for every claim', async () => {
    const queries: CandidateQuery[] = [];
    const out = await suggestForArticle(claims, (q) => {
      queries.push(q);
      return { figures: [], claims: earlier };
    }, { rejectedFor: (id) => (id === 'a#1' ? { claimIds: ['b#1'] } : undefined) });
    expect(claims).toHaveLength(3);
    expect(queries).toHaveLength(2); // killed twice, injured once
    expect(out.get('a#0')?.[0].claimId).toBe('b#0');
    expect(out.get('a#1')?.some((s) => s.claimId === 'b#1')).toBe(false);
  });
});
