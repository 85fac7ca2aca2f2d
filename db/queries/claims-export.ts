import { and, asc, inArray, isNull, sql } from 'drizzle-orm';
import type { ClaimFilters } from '@/lib/desk/claim-filters';
import { CURRENT_PUBLICATION_JOIN, LATEST_VERDICTS_CTE } from '@/lib/desk/queue-sql';
import { queryRaw, type Db } from '../client';
import { evidence, type ClaimStatus, type VerdictStatus } from '../schema';
import { claimListConditions, type ClaimViewer } from './list-claims';

/**
 * One page of claims for the export, in claim id order (keyset on the id: an export walks the
 * whole list once, so a stable order that an index serves beats the desk's "latest change"
 * order, under which a claim edited mid-export could be skipped or written twice).
 * Each page costs three indexed queries whatever the filters: the claims with their current
 * publication (the newest row of verdict_publications_claim_idx), their evidence, nothing else.
 */
export interface ExportClaimRow {
  id: number;
  articleSlug: string;
  articleTitle: string;
  value: number | null;
  qualifier: string | null;
  counted: string;
  category: string;
  claimant: string | null;
  status: ClaimStatus;
  version: number;
  contentVersion: number;
  explanation: string | null;
  assigneeName: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** The claim's newest publication row, if any. */
  publication: { action: 'publish' | 'unpublish'; status: VerdictStatus | null; claimVersion: number; publishedAt: Date } | null;
  evidenceUrls: string[];
}

/**
 * One page of the export: the claims the list's own conditions select (db/queries/list-claims.ts
 * claimListConditions: every filter and queue of /claims, deleted articles left out), with
 * their newest publication row, in claim id order.
 */
export async function exportClaimsPage(
  db: Db,
  filters: ClaimFilters,
  after: number | null,
  limit: number,
  viewer: ClaimViewer,
): Promise<{ rows: ExportClaimRow[]; next: number | null }> {
  const where = claimListConditions(db, filters, viewer);
  if (after !== null) where.push(sql`c.id > ${after}`);
  const raw = await queryRaw<Record<string, unknown>>(
    db,
    sql`WITH ${sql.raw(LATEST_VERDICTS_CTE)}
      SELECT c.id, a.slug, a.title, c.value, c.qualifier, c.counted, c.category, c.claimant, c.status,
             c.version, c.content_version, c.explanation, u.name AS assignee_name, c.created_at, c.updated_at,
             lp.action AS pub_action, lp.status AS pub_status, lp.claim_version AS pub_version, lp.published_at AS pub_at
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN users u ON u.id = c.assignee_id
      ${sql.raw(CURRENT_PUBLICATION_JOIN)}
      LEFT JOIN verdict_publications lp ON lp.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = c.id)
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY c.id
      LIMIT ${limit + 1}`,
  );
  const at = (v: unknown) => new Date(v as number | string | Date);
  const found = raw.map((r) => ({
    id: Number(r.id),
    articleSlug: String(r.slug),
    articleTitle: String(r.title),
    value: r.value === null ? null : Number(r.value),
    qualifier: (r.qualifier as string | null) ?? null,
    counted: String(r.counted),
    category: String(r.category),
    claimant: (r.claimant as string | null) ?? null,
    status: r.status as ClaimStatus,
    version: Number(r.version),
    contentVersion: Number(r.content_version),
    explanation: (r.explanation as string | null) ?? null,
    assigneeName: (r.assignee_name as string | null) ?? null,
    createdAt: at(r.created_at),
    updatedAt: at(r.updated_at),
    publication: r.pub_action
      ? { action: r.pub_action as 'publish' | 'unpublish', status: (r.pub_status as VerdictStatus | null) ?? null, claimVersion: Number(r.pub_version), publishedAt: at(r.pub_at) }
      : null,
  }));
  const page = found.slice(0, limit);
  const urls = new Map<number, string[]>();
  if (page.length) {
    const rows = await db
      .select({ claimId: evidence.claimId, url: evidence.url })
      .from(evidence)
      .where(and(inArray(evidence.claimId, page.map((r) => r.id)), isNull(evidence.removedAt)))
      .orderBy(asc(evidence.id));
    for (const r of rows) urls.set(r.claimId, [...(urls.get(r.claimId) ?? []), r.url]);
  }
  return {
    rows: page.map((r) => ({ ...r, evidenceUrls: urls.get(r.id) ?? [] })),
    next: found.length > limit ? page[page.length - 1].id : null,
  };
}
