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

/** A full-text index: its table, the key column PostgreSQL's copy has (SQLite's is the rowid), and the join to the article. */
interface SearchIndex {
  table: 'claim_search' | 'article_search';
  pgKey: 'claim_id' | 'article_id';
  toArticle: (key: ReturnType<typeof sql.raw>) => ReturnType<typeof sql>;
}
const CLAIMS: SearchIndex = {
  table: 'claim_search',
  pgKey: 'claim_id',
  toArticle: (key) => sql`JOIN claims c ON c.id = ${key} JOIN articles a ON a.id = c.article_id`,
};
const ARTICLES: SearchIndex = { table: 'article_search', pgKey: 'article_id', toArticle: (key) => sql`JOIN articles a ON a.id = ${key}` };

/** One page of an index's matches, newest first: a tsquery on PostgreSQL, an FTS5 MATCH on SQLite. */
async function find(db: Db, index: SearchIndex, query: ParsedQuery, { before, limit }: FindOptions): Promise<FindPage> {
  const pg = db.engine === 'pg';
  const term = pg ? toTsQuery(query) : toFts5Match(query);
  if (!term) return { ids: [], next: null };
  const table = sql.raw(index.table);
  const key = sql.raw(`${index.table}.${pg ? index.pgKey : 'rowid'}`);
  const matches = pg ? sql`${table}.search @@ to_tsquery('simple', ${term})` : sql`${table} MATCH ${term}`;
  const rows = await queryRaw<{ id: number | string }>(
    db,
    sql`SELECT ${key} AS id FROM ${table} ${index.toArticle(key)}
        WHERE ${matches} AND a.deleted_at IS NULL${before ? sql` AND ${key} < ${before}` : sql``}
        ORDER BY ${key} DESC LIMIT ${limit + 1}`,
  );
  return page(rows, limit);
}

/** Claims whose quote, counted, claimant, rationale, explanation or evidence titles match. */
export const findClaims = (db: Db, query: ParsedQuery, options: FindOptions): Promise<FindPage> => find(db, CLAIMS, query, options);

/** Articles whose title, outlet or text match. */
export const findArticles = (db: Db, query: ParsedQuery, options: FindOptions): Promise<FindPage> => find(db, ARTICLES, query, options);
