import { inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { ClaimFilters } from '@/lib/desk/claim-filters';
import { LATEST_VERDICTS_CTE } from '@/lib/desk/queue-sql';
import { queryRaw, type Db } from '../client';
import { evidence, type ClaimStatus, type VerdictStatus } from '../schema';
import { claimListConditions, type ClaimViewer } from './list-claims';

/**
 * A claim of the export as an array, in the order of the SELECT below (E gives the positions).
 * Arrays, not objects: the export reads every claim of the archive, and building an object
 * per row (then another for the CSV) cost more than SQLite took to find the rows. Times are
 * epoch milliseconds on both engines.
 */
export type ExportClaimTuple = [
  id: number,
  articleSlug: string,
  articleTitle: string,
  value: number | null,
  qualifier: string | null,
  counted: string,
  category: string,
  claimant: string | null,
  status: ClaimStatus,
  contentVersion: number,
  explanation: string | null,
  assigneeName: string | null,
  createdAt: number,
  updatedAt: number,
  /** The claim's newest publication row, if any (all four null when none). */
  pubAction: 'publish' | 'unpublish' | null,
  pubStatus: VerdictStatus | null,
  pubClaimVersion: number | null,
  pubAt: number | null,
  evidenceUrls: string[],
];

export const E = {
  id: 0, slug: 1, title: 2, value: 3, qualifier: 4, counted: 5, category: 6, claimant: 7, status: 8, contentVersion: 9,
  explanation: 10, assignee: 11, createdAt: 12, updatedAt: 13, pubAction: 14, pubStatus: 15, pubClaimVersion: 16, pubAt: 17, evidenceUrls: 18,
} as const;

/** Rows as arrays in SELECT order: better-sqlite3's raw mode; PostgreSQL's rows by their (unique) column names. */
async function queryValues(db: Db, statement: SQL): Promise<unknown[][]> {
  if (db.engine === 'pg') return (await queryRaw<Record<string, unknown>>(db, statement)).map((r) => Object.values(r));
  return (db as unknown as { values(q: SQL): unknown[][] }).values(statement);
}

const ms = (v: unknown) => (v instanceof Date ? v.getTime() : typeof v === 'string' ? Date.parse(v) : (v as number));

/**
 * One page of the export: the claims the list's own conditions select (db/queries/list-claims.ts
 * claimListConditions: every filter and queue of /claims, deleted articles left out), with
 * their newest publication row, in claim id order (keyset on the id: an export walks the
 * whole list once, so a stable order that an index serves beats the desk's "latest change"
 * order, under which a claim edited mid-export could be skipped or written twice).
 * Two indexed queries a page whatever the filters: the claims with their newest publication
 * (one lookup in verdict_publications_claim_idx; `p`, the publication the public sees, which
 * the filters read, is that same row when it publishes), and their evidence.
 */
export async function exportClaimsPage(
  db: Db,
  filters: ClaimFilters,
  after: number | null,
  limit: number,
  viewer: ClaimViewer,
): Promise<{ rows: ExportClaimTuple[]; next: number | null }> {
  const where = claimListConditions(db, filters, viewer);
  if (after !== null) where.push(sql`c.id > ${after}`);
  const found = await queryValues(
    db,
    sql`WITH ${sql.raw(LATEST_VERDICTS_CTE)}
      SELECT c.id, a.slug, a.title, c.value, c.qualifier, c.counted, c.category, c.claimant, c.status,
             c.content_version, c.explanation, u.name AS assignee_name, c.created_at, c.updated_at,
             lp.action AS pub_action, lp.status AS pub_status, lp.claim_version AS pub_version, lp.published_at AS pub_at
      FROM claims c
      JOIN articles a ON a.id = c.article_id
      LEFT JOIN users u ON u.id = c.assignee_id
      LEFT JOIN verdict_publications lp ON lp.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = c.id)
      LEFT JOIN verdict_publications p ON p.id = lp.id AND p.action = 'publish'
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY c.id
      LIMIT ${limit + 1}`,
  );
  const more = found.length > limit;
  if (more) found.length = limit;
  const page = found as unknown as ExportClaimTuple[];
  const pg = db.engine === 'pg';
  const byId = new Map<number, ExportClaimTuple>();
  for (const r of page) {
    if (pg) {
      // node-postgres: bigint-free integers and doubles arrive as numbers, timestamps as Dates.
      r[E.id] = Number(r[E.id]);
      r[E.value] = r[E.value] === null ? null : Number(r[E.value]);
      r[E.contentVersion] = Number(r[E.contentVersion]);
      r[E.pubClaimVersion] = r[E.pubClaimVersion] === null ? null : Number(r[E.pubClaimVersion]);
    }
    r[E.createdAt] = ms(r[E.createdAt]);
    r[E.updatedAt] = ms(r[E.updatedAt]);
    if (r[E.pubAt] !== null) r[E.pubAt] = ms(r[E.pubAt]);
    r[E.evidenceUrls] = [];
    byId.set(r[E.id], r);
  }
  if (page.length) {
    // A page of consecutive ids (the whole archive, an article) reads its evidence as a range of
    // evidence_claim_idx; a sparse one (a selective filter) by its ids, so that a page never
    // reads the evidence of claims far outside it. Claims not on the page are skipped below.
    const first = page[0][E.id];
    const last = page[page.length - 1][E.id];
    const claimsOfPage = last - first < 2 * page.length ? sql`${evidence.claimId} BETWEEN ${first} AND ${last}` : inArray(evidence.claimId, [...byId.keys()]);
    const urls = await queryValues(
      db,
      sql`SELECT ${evidence.claimId}, ${evidence.url} FROM ${evidence}
        WHERE ${claimsOfPage} AND ${isNull(evidence.removedAt)} ORDER BY ${evidence.id}`,
    );
    for (const [claimId, url] of urls) byId.get(Number(claimId))?.[E.evidenceUrls].push(url as string);
  }
  return { rows: page, next: more ? page[page.length - 1][E.id] : null };
}
