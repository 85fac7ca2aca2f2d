import { eq, sql } from 'drizzle-orm';
import { executeRaw, type Tx } from '../client';
import { GENESIS, hashRecord } from './canonical';
import { chainedTableName, schemaFor, type ChainedTable } from './tables';

export interface Head {
  seq: number;
  hash: string;
}

/**
 * Takes the chain's head for the rest of the transaction. On PostgreSQL the head row is
 * locked (SELECT … FOR UPDATE), so two servers appending at once queue here instead of both
 * extending the same record; SQLite's writer already holds the database's one write lock.
 */
export async function lockHead(tx: Tx): Promise<Head> {
  if (tx.engine === 'pg') await executeRaw(tx, sql`SELECT 1 FROM chain_head WHERE id = 1 FOR UPDATE`);
  const { chainHead } = schemaFor(tx.engine);
  const [head] = await tx.select().from(chainHead).where(eq(chainHead.id, 1));
  if (!head) throw new Error('The history chain has no head row: the database is not migrated.');
  return { seq: head.seq, hash: head.hash ?? GENESIS };
}

export async function moveHead(tx: Tx, head: Head): Promise<void> {
  const { chainHead } = schemaFor(tx.engine);
  await tx.update(chainHead).set({ seq: head.seq, hash: head.hash, updatedAt: new Date() }).where(eq(chainHead.id, 1));
}

/**
 * Sets the chain columns of a row already inserted (hash still NULL, which the append-only
 * triggers allow exactly once) and returns the new head.
 */
export async function sealRow(tx: Tx, table: ChainedTable, row: Record<string, unknown>, head: Head): Promise<Head> {
  const chained = { ...row, chainSeq: head.seq + 1, prevHash: head.hash };
  const hash = hashRecord(chainedTableName(table), chained);
  const t = table as unknown as typeof import('../sqlite/schema').reviewEvents;
  await tx
    .update(t)
    .set({ chainSeq: chained.chainSeq, prevHash: chained.prevHash, hash })
    .where(eq(t.id, row.id as number));
  return { seq: chained.chainSeq, hash };
}

/**
 * Inserts one history row and links it to the chain, inside the caller's transaction. The
 * hash covers the row as the database stored it (its id and default timestamps included),
 * so it is computed from what the insert returns.
 */
export async function appendRecord<T extends ChainedTable>(tx: Tx, table: T, values: T['$inferInsert']): Promise<T['$inferSelect']> {
  const head = await lockHead(tx);
  const t = table as unknown as typeof import('../sqlite/schema').reviewEvents;
  const [inserted] = await tx.insert(t).values(values as typeof t.$inferInsert).returning();
  const { chainSeq: _s, prevHash: _p, hash: _h, ...content } = inserted;
  const next = await sealRow(tx, table, content, head);
  await moveHead(tx, next);
  return { ...inserted, chainSeq: next.seq, prevHash: head.hash, hash: next.hash } as T['$inferSelect'];
}
