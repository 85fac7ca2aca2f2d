import { eq, sql } from 'drizzle-orm';
import { executeRaw, type Tx } from './client';
import { preparedQuery } from './prepared';
import { claims, type Claim } from './schema';

/**
 * A claim's row, locked until the transaction ends, so what a use case read (status, version,
 * evidence) cannot change under it before it writes. On PostgreSQL that is SELECT … FOR
 * UPDATE, one round trip for the lock and the row; on SQLite the transaction's BEGIN
 * IMMEDIATE already holds the database's one write lock, so a plain read is enough.
 */
const claimForUpdate = preparedQuery<Claim[]>('claim_for_update', (db) => {
  const query = db.select().from(claims).where(eq(claims.id, sql.placeholder('id')));
  return db.engine === 'pg' ? (query as unknown as { for(strength: 'update'): typeof query }).for('update') : query;
});

export async function lockedClaim(tx: Tx, claimId: number): Promise<Claim | undefined> {
  const [claim] = await claimForUpdate(tx, { id: claimId });
  return claim;
}

/** Locks an article's row of article_stats (if it has one) until the transaction ends; see lockedClaim. */
export async function lockArticleStats(tx: Tx, articleId: number): Promise<void> {
  if (tx.engine === 'pg') await executeRaw(tx, sql`SELECT 1 FROM article_stats WHERE article_id = ${articleId} FOR UPDATE`);
}
