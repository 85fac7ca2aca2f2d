/**
 * The public list of verdicts (`/verdicts`) and the ClaimReview feed
 * (`GET /api/v1/public/claimreview`): anyone may read them, and they read only what was
 * published, so no role check is needed and none is skipped.
 */
import type { Db } from '@/db/client';
import { listCurrentVerdicts } from '@/db/queries/public-verdict-list';
import { encodeCursor, parsePublicVerdictQuery } from './claim-filters';

export const PUBLIC_PAGE_SIZE = 20;

export async function listPublicVerdicts(db: Db, params: URLSearchParams) {
  const { page, ...filters } = parsePublicVerdictQuery(params);
  const limit = params.has('limit') ? page.limit : PUBLIC_PAGE_SIZE;
  const { entries, next } = await listCurrentVerdicts(db, filters, page.cursor?.id ?? null, limit);
  // Key and id are both the publication id: the list's only order.
  return { filters, entries, next: next === null ? null : encodeCursor({ key: next, id: next }) };
}
