/**
 * The desk-wide history (`/activity`, `GET /api/v1/activity`): every change to every
 * claim, newest first, for anyone on the desk. Notes are internal and so is this feed.
 */
import type { Db } from '@/db/client';
import { listActivityPage, type ActivityEvent } from '@/db/queries/activity';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { encodeCursor, parseListPage } from './claim-filters';
import { parseActivityQuery, type ActivityFilters } from './desk-events';

export const ACTIVITY_PAGE_SIZE = 50;

export async function listActivity(
  db: Db,
  actor: Actor | null,
  params: URLSearchParams,
  defaultLimit = ACTIVITY_PAGE_SIZE,
): Promise<{ filters: ActivityFilters; events: ActivityEvent[]; next: string | null }> {
  assertCan(actor, 'claims:read');
  const { filters, cursor } = parseActivityQuery(params);
  const limit = params.has('limit') ? parseListPage(params).limit : defaultLimit;
  const { events, next } = await listActivityPage(db, filters, cursor?.id ?? null, limit);
  // The cursor's key and id are both the event id: the feed's only order is the id.
  return { filters, events, next: next === null ? null : encodeCursor({ key: next, id: next }) };
}
