import { sql } from 'drizzle-orm';
import { queryRaw, type Db, type Tx } from '../client';
import { reindexArticles, reindexClaims } from './write-index';

/*
 * The index rows are computed in TypeScript (lib/desk/search-text.ts), so a migration cannot
 * fill them: a desk upgraded from a version without search, or rows written by a tool that
 * bypassed the use cases, are indexed here, at start-up after the migrations.
 *
 * Bounded: each batch is its own short transaction, so the server's writers wait at most one
 * batch (SQLite has one writer). Resumable: a batch picks rows that still have no index row,
 * in id order after the last batch, so a run cut short (a crash, a restart) loses nothing and
 * the next start continues where it stopped. When all is indexed it costs one anti-join over
 * the primary keys of each table.
 */

const missingArticles = (tx: Tx, after: number, limit: number) =>
  tx.engine === 'pg'
    ? sql`SELECT a.id FROM articles a WHERE a.id > ${after} AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM article_search s WHERE s.article_id = a.id) ORDER BY a.id LIMIT ${limit}`
    : sql`SELECT a.id FROM articles a WHERE a.id > ${after} AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM article_search s WHERE s.rowid = a.id) ORDER BY a.id LIMIT ${limit}`;

const missingClaims = (tx: Tx, after: number, limit: number) =>
  tx.engine === 'pg'
    ? sql`SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id > ${after} AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM claim_search s WHERE s.claim_id = c.id) ORDER BY c.id LIMIT ${limit}`
    : sql`SELECT c.id FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id > ${after} AND a.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM claim_search s WHERE s.rowid = c.id) ORDER BY c.id LIMIT ${limit}`;

export interface BackfillOptions {
  /** Articles per transaction (a body may be 200,000 characters). */
  articleBatch?: number;
  /** Claims per transaction. */
  claimBatch?: number;
  log?: (line: string) => void;
}

async function drain(
  db: Db,
  missing: (tx: Tx, after: number, limit: number) => ReturnType<typeof sql>,
  reindex: (tx: Tx, ids: number[]) => Promise<void>,
  batch: number,
  progress: (done: number) => void,
): Promise<number> {
  let after = 0;
  let done = 0;
  for (;;) {
    // Picked inside the transaction: a row indexed meanwhile by a use case is not redone.
    const ids = await db.transaction(async (tx) => {
      const rows = await queryRaw<{ id: number }>(tx, missing(tx, after, batch));
      const picked = rows.map((r) => Number(r.id));
      if (picked.length) await reindex(tx, picked);
      return picked;
    });
    if (ids.length === 0) return done;
    done += ids.length;
    after = ids[ids.length - 1];
    progress(done);
  }
}

/** Indexes every article and claim that has no index row yet; returns how many of each. */
export async function backfillSearchIndex(db: Db, { articleBatch = 50, claimBatch = 500, log }: BackfillOptions = {}) {
  const started = performance.now();
  const report = (what: string) => (n: number) => {
    if (n % 10_000 < (what === 'articles' ? articleBatch : claimBatch)) log?.(`search index: ${n} ${what} indexed`);
  };
  const articles = await drain(db, missingArticles, reindexArticles, articleBatch, report('articles'));
  const claims = await drain(db, missingClaims, reindexClaims, claimBatch, report('claims'));
  if (articles + claims > 0) {
    log?.(`search index: ${articles} articles and ${claims} claims indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  return { articles, claims };
}
