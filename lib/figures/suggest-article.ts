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
  const keys = claims.map((claim) => {
    const q = candidateQuery(claim);
    const key = JSON.stringify(q);
    // Every distinct fetch is started before any is awaited: on PostgreSQL they run side by
    // side on the pool's connections instead of one round trip after another.
    if (!fetched.has(key)) fetched.set(key, Promise.resolve().then(() => fetch(q)));
    return key;
  });
  // None left unhandled if an earlier one fails first.
  for (const p of fetched.values()) p.catch(() => {});
  const out = new Map<string, Suggestion[]>();
  const { rejectedFor, ...rest } = options;
  for (const [i, claim] of claims.entries()) {
    out.set(claim.claimId, suggestFigures(claim, await fetched.get(keys[i])!, { ...rest, rejected: rejectedFor?.(claim.claimId) }));
  }
  return out;
}
