import { sql } from 'drizzle-orm';
import { executeRaw, type Tx } from './client';

/**
 * Locks a claim's row until the transaction ends, so what a use case read (status, version,
 * evidence) cannot change under it before it writes. On PostgreSQL that is SELECT … FOR
 * UPDATE; on SQLite the transaction's BEGIN IMMEDIATE already holds the database's one write
 * lock, so there is nothing more to take.
 */
export async function lockClaim(tx: Tx, claimId: number): Promise<void> {
  if (tx.engine === 'pg') await executeRaw(tx, sql`SELECT 1 FROM claims WHERE id = ${claimId} FOR UPDATE`);
}

/** Locks an article's row of article_stats (if it has one) until the transaction ends; see lockClaim. */
export async function lockArticleStats(tx: Tx, articleId: number): Promise<void> {
  if (tx.engine === 'pg') await executeRaw(tx, sql`SELECT 1 FROM article_stats WHERE article_id = ${articleId} FOR UPDATE`);
}
