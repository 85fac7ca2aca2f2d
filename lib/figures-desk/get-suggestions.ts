/**
 * Suggestions for a claim or for every claim of an article: candidates fetched through the
 * retrieval indexes, ranked by lib/figures, rejected ones left out.
 */
import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { claims } from '@/db/schema';
import { featureColumns, fetchCandidates } from '@/db/queries/figure-candidates';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { suggestForArticle, type Suggestion } from '@/lib/figures';
import { loadClaim } from '@/lib/claims/load-claim';
import { featuresOf } from './claim-features';
import { rejectionsFor } from './rejections';

export interface StoredSuggestion {
  figureId: number | null;
  claimId: number | null;
  score: number;
  reasons: Suggestion['reasons'];
}

const toStored = (s: Suggestion): StoredSuggestion => ({
  figureId: s.figureId === null ? null : Number(s.figureId),
  claimId: s.claimId === null ? null : Number(s.claimId),
  score: Math.round(s.score * 100) / 100,
  reasons: s.reasons,
});

/** Suggestions for every unlinked claim of an article, by claim id (no role check: callers check). */
export async function suggestionsForArticle(db: Db | Tx, articleId: number): Promise<Map<number, StoredSuggestion[]>> {
  const rows = await db.select(featureColumns).from(claims).where(eq(claims.articleId, articleId));
  const open = rows.filter((r) => r.figureId === null && r.features);
  const rejected = await rejectionsFor(db, open.map((r) => r.id));
  const found = await suggestForArticle(open.map(featuresOf), (q) => fetchCandidates(db, q), {
    rejectedFor: (id) => rejected.get(id),
  });
  return new Map([...found].map(([id, list]) => [Number(id), list.map(toStored)]));
}

/** GET /api/v1/claims/{id}/suggestions. A linked claim gets none: it has its figure. */
export async function getClaimSuggestions(db: Db, actor: Actor | null, claimId: number): Promise<StoredSuggestion[]> {
  assertCan(actor, 'claims:read');
  const row = await loadClaim(db, claimId);
  if (row.figureId !== null || !row.features) return [];
  const rejected = await rejectionsFor(db, [claimId]);
  const found = await suggestForArticle([featuresOf(row)], (q) => fetchCandidates(db, q), {
    rejectedFor: (id) => rejected.get(id),
  });
  return (found.get(String(claimId)) ?? []).map(toStored);
}
