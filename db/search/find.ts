import { sql } from 'drizzle-orm';
import { toFts5Match, toTsQuery, type ParsedQuery } from '../../lib/desk/search-query';
import { queryRaw, type Db } from '../client';

export interface FindPage {
  /** Row ids, newest first (ids only grow, so the newest row has the largest). */
  ids: number[];
  /** The key of the next page (pass as `before`), or null when this was the last. */
  next: number | null;
}

interface FindOptions {
  /** Only rows with an id below this: the key of the page after the previous one. */
  before?: number | null;
  limit: number;
}

/*
 * Newest first by id, not by a relevance score: the id is a stable key for the next page
 * (a score changes as the index grows), and both engines can read matches in id order
 * straight from the full-text index and stop at the page's end. The join to the article
 * keeps a deleted article's rows out even if a stray index row were left behind.
 */

function page(rows: Array<{ id: number | string }>, limit: number): FindPage {
  const ids = rows.map((r) => Number(r.id));
  return ids.length > limit ? { ids: ids.slice(0, limit), next: ids[limit - 1] } : { ids, next: null };
}

const below = (column: ReturnType<typeof sql.raw>, before: number | null | undefined) => (before ? sql` AND ${column} < ${before}` : sql``);

/** Claims whose quote, counted, claimant, rationale, explanation or evidence titles match. */
export async function findClaims(db: Db, query: ParsedQuery, { before, limit }: FindOptions): Promise<FindPage> {
  if (db.engine === 'pg') {
    const q = toTsQuery(query);
    if (!q) return { ids: [], next: null };
    return page(
      await queryRaw<{ id: number }>(
        db,
        sql`SELECT s.claim_id AS id FROM claim_search s JOIN claims c ON c.id = s.claim_id JOIN articles a ON a.id = c.article_id
            WHERE s.search @@ to_tsquery('simple', ${q}) AND a.deleted_at IS NULL${below(sql.raw('s.claim_id'), before)}
            ORDER BY s.claim_id DESC LIMIT ${limit + 1}`,
      ),
      limit,
    );
  }
  const match = toFts5Match(query);
  if (!match) return { ids: [], next: null };
  return page(
    await queryRaw<{ id: number }>(
      db,
      sql`SELECT claim_search.rowid AS id FROM claim_search JOIN claims c ON c.id = claim_search.rowid JOIN articles a ON a.id = c.article_id
          WHERE claim_search MATCH ${match} AND a.deleted_at IS NULL${below(sql.raw('claim_search.rowid'), before)}
          ORDER BY claim_search.rowid DESC LIMIT ${limit + 1}`,
    ),
    limit,
  );
}

/** Articles whose title, outlet or text match. */
export async function findArticles(db: Db, query: ParsedQuery, { before, limit }: FindOptions): Promise<FindPage> {
  if (db.engine === 'pg') {
    const q = toTsQuery(query);
    if (!q) return { ids: [], next: null };
    return page(
      await queryRaw<{ id: number }>(
        db,
        sql`SELECT s.article_id AS id FROM article_search s JOIN articles a ON a.id = s.article_id
            WHERE s.search @@ to_tsquery('simple', ${q}) AND a.deleted_at IS NULL${below(sql.raw('s.article_id'), before)}
            ORDER BY s.article_id DESC LIMIT ${limit + 1}`,
      ),
      limit,
    );
  }
  const match = toFts5Match(query);
  if (!match) return { ids: [], next: null };
  return page(
    await queryRaw<{ id: number }>(
      db,
      sql`SELECT article_search.rowid AS id FROM article_search JOIN articles a ON a.id = article_search.rowid
          WHERE article_search MATCH ${match} AND a.deleted_at IS NULL${below(sql.raw('article_search.rowid'), before)}
          ORDER BY article_search.rowid DESC LIMIT ${limit + 1}`,
    ),
    limit,
  );
}
