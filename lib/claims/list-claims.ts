import type { Db } from '@/db/client';
import { listClaims as queryClaims } from '@/db/queries/list-claims';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { config } from '@/lib/config';
import { encodeCursor, parseClaimFilters, parseListPage } from '@/lib/desk/claim-filters';

/**
 * The desk-wide claim list for a signed-in reviewer, from URL parameters (the /claims page
 * and `GET /api/v1/claims` share them): `{claims, next}`, next being the cursor of the
 * following page or null on the last one.
 */
export async function listDeskClaims(db: Db, actor: Actor | null, params: URLSearchParams) {
  assertCan(actor, 'claims:read');
  const filters = parseClaimFilters(params);
  const page = parseListPage(params);
  const { claims, next } = await queryClaims(db, filters, page, { id: actor.id, requireSecondReviewer: config.requireSecondReviewer });
  return { filters, page, claims, next: next ? encodeCursor(next) : null };
}
