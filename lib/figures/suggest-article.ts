/**
 * Suggestions for every claim of an article, as on import. Claims of one article mostly ask
 * for the same candidates (one toll, one event), so each distinct candidate query is fetched
 * once and its rows are profiled once for all the claims that share it.
 */
import { candidateQuery, type CandidateQuery } from './retrieval';
import { suggestFigures, type Candidates, type SuggestOptions } from './suggest';
import type { ClaimFeatures, Suggestion } from './types';

export interface ArticleSuggestOptions extends Omit<SuggestOptions, 'rejected'> {
  /** The suggestions rejected for one claim. */
  rejectedFor?: (claimId: string) => SuggestOptions['rejected'];
}

export async function suggestForArticle(
  claims: ClaimFeatures[],
  fetch: (q: CandidateQuery) => Candidates | Promise<Candidates>,
  options: ArticleSuggestOptions = {},
): Promise<Map<string, Suggestion[]>> {
  const fetched = new Map<string, Promise<Candidates>>();
  const out = new Map<string, Suggestion[]>();
  for (const claim of claims) {
    const q = candidateQuery(claim);
    const key = JSON.stringify(q);
    let candidates = fetched.get(key);
    if (!candidates) {
      candidates = Promise.resolve(fetch(q));
      fetched.set(key, candidates);
    }
    const { rejectedFor, ...rest } = options;
    out.set(claim.claimId, suggestFigures(claim, await candidates, { ...rest, rejected: rejectedFor?.(claim.claimId) }));
  }
  return out;
}
