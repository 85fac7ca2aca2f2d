import { sql, type SQL } from 'drizzle-orm';
import { queryRaw, timeParam, type Db } from '../client';
import type { ClaimFilters, Cursor, ListPage } from '@/lib/desk/claim-filters';
import { CURRENT_PUBLICATION_JOIN, LATEST_VERDICTS_CTE, NEEDS_ATTENTION_SQL, QUEUE_SQL } from '@/lib/desk/queue-sql';
import type { ClaimStatus, VerdictStatus } from '../schema';

/** "Untouched for N days" in the needs-attention queue. */
export const UNTOUCHED_DAYS = 7;
const DAY = 86_400_000;

export interface ClaimListRow {
  id: number;
  quote: string;
  status: ClaimStatus;
  category: string;
  claimant: string | null;
  version: number;
  assigneeId: number | null;
  assigneeName: string | null;
  articleSlug: string;
  articleTitle: string;
  articleLanguage: string;
  publishedStatus: VerdictStatus | null;
  updatedAt: Date;
}

/** Named parameters (:name) of the queue SQL, bound as real parameters. */
function fragment(text: string, params: Record<string, unknown>): SQL {
  const parts = text.split(/:(\w+)/);
  const chunks: SQL[] = [];
  parts.forEach((part, i) => chunks.push(i % 2 ? sql`${params[part]}` : sql.raw(part)));
  return sql.join(chunks, sql.raw(''));
}

const anyOf = (column: string, values: readonly string[]) => sql`${sql.raw(column)} IN (${sql.join(values.map((v) => sql`${v}`), sql`, `)})`;

export interface ClaimViewer {
  id: number;
  requireSecondReviewer: boolean;
}

/**
 * Every filter of the claim list (and its queues) as SQL over `claims c`, `articles a`, the
 * current publication `p` (CURRENT_PUBLICATION_JOIN) and the LATEST_VERDICTS_CTE: the one
 * definition /claims, `GET /api/v1/claims` and the claims export all select by.
 */
export function claimListConditions(db: Db, filters: ClaimFilters, viewer: ClaimViewer, now = new Date()): SQL[] {
  const where: SQL[] = [sql`a.deleted_at IS NULL`];
  const params = {
    cutoff: timeParam(db, now.getTime() - UNTOUCHED_DAYS * DAY),
    editorId: viewer.id,
    requireSecondReviewer: viewer.requireSecondReviewer ? 1 : 0,
  };
  if (filters.status?.length) where.push(anyOf('c.status', filters.status));
  if (filters.verdict?.length) where.push(anyOf('p.status', filters.verdict));
  if (filters.category?.length) where.push(anyOf('c.category', filters.category));
  if (filters.claimant) where.push(sql`lower(c.claimant) = lower(${filters.claimant})`);
  if (filters.article) where.push(sql`a.slug = ${filters.article}`);
  if (filters.assignee === 'none') where.push(sql`c.assignee_id IS NULL`);
  else if (filters.assignee !== undefined) where.push(sql`c.assignee_id = ${filters.assignee}`);
  if (filters.published?.length) {
    const states: SQL[] = [];
    for (const s of filters.published) {
      if (s === 'published') states.push(sql`p.id IS NOT NULL`);
      if (s === 'unpublished') states.push(sql`NOT EXISTS (SELECT 1 FROM verdict_publications vp WHERE vp.claim_id = c.id)`);
      if (s === 'withdrawn') states.push(sql`(p.id IS NULL AND EXISTS (SELECT 1 FROM verdict_publications vp WHERE vp.claim_id = c.id))`);
      if (s === 'changed_since_publication') states.push(fragment(QUEUE_SQL.changedSincePublication, params));
    }
    where.push(sql`(${sql.join(states, sql` OR `)})`);
  }
  if (filters.from) where.push(sql`c.updated_at >= ${timeParam(db, Date.parse(`${filters.from}T00:00:00Z`))}`);
  if (filters.to) where.push(sql`c.updated_at < ${timeParam(db, Date.parse(`${filters.to}T00:00:00Z`) + DAY)}`);
  if (filters.queue === 'mine') where.push(sql`c.assignee_id = ${viewer.id}`);
  if (filters.queue === 'unassigned') where.push(sql`c.assignee_id IS NULL AND c.status <> 'dismissed'`);
  if (filters.queue === 'attention') where.push(fragment(NEEDS_ATTENTION_SQL, params));
  if (filters.queue === 'ready') where.push(fragment(QUEUE_SQL.readyToPublish, params));
  return where;
}

/**
 * The desk-wide claim list: every filter in SQL, newest change first, keyset pages on
 * (updated_at, id) so a page costs the same deep in the archive (claims_*_updated_idx).
 */
export async function listClaims(
  db: Db,
  filters: ClaimFilters,
  page: ListPage,
  viewer: ClaimViewer,
  now = new Date(),
): Promise<{ claims: ClaimListRow[]; next: Cursor | null }> {
  const where = claimListConditions(db, filters, viewer, now);
  if (page.cursor) {
    const key = timeParam(db, page.cursor.key);
    where.push(sql`(c.updated_at < ${key} OR (c.updated_at = ${key} AND c.id < ${page.cursor.id}))`);
  }

  const rows = await queryRaw<Record<string, unknown>>(
    db,
    sql`WITH ${sql.raw(LATEST_VERDICTS_CTE)}
      SELECT c.id, c.quote, c.status, c.category, c.claimant, c.version, c.assignee_id, c.updated_at,
             u.name AS assignee_name, a.slug, a.title, a.language, p.status AS published_status
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN users u ON u.id = c.assignee_id
      ${sql.raw(CURRENT_PUBLICATION_JOIN)}
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY c.updated_at DESC, c.id DESC
      LIMIT ${page.limit + 1}`,
  );
  const claims = rows.slice(0, page.limit).map((r) => ({
    id: Number(r.id),
    quote: String(r.quote),
    status: r.status as ClaimStatus,
    category: String(r.category),
    claimant: (r.claimant as string | null) ?? null,
    version: Number(r.version),
    assigneeId: r.assignee_id === null ? null : Number(r.assignee_id),
    assigneeName: (r.assignee_name as string | null) ?? null,
    articleSlug: String(r.slug),
    articleTitle: String(r.title),
    articleLanguage: String(r.language),
    publishedStatus: (r.published_status as VerdictStatus | null) ?? null,
    updatedAt: new Date(r.updated_at as number | string | Date),
  }));
  const last = claims.at(-1);
  return { claims, next: rows.length > page.limit && last ? { key: last.updatedAt.getTime(), id: last.id } : null };
}
