import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../client';
import { preparedQuery } from '../prepared';
import { GENESIS, hashRecord } from './canonical';
import { chainedTableName, chainedTables, schemaFor, type ChainedTable } from './tables';

export interface Head {
  seq: number;
  hash: string;
}

/**
 * Takes the chain's head for the rest of the transaction. On PostgreSQL the head row is
 * locked (SELECT … FOR UPDATE), so two servers appending at once queue here instead of both
 * extending the same record; SQLite's writer already holds the database's one write lock.
 */
/** The head row; on PostgreSQL locked (FOR UPDATE) in the same round trip. */
const readHead = preparedQuery<{ seq: number; hash: string | null }[]>('chain_head_for_update', (db) => {
  const { chainHead } = schemaFor(db.engine);
  const query = db.select({ seq: chainHead.seq, hash: chainHead.hash }).from(chainHead).where(eq(chainHead.id, 1));
  return db.engine === 'pg' ? (query as unknown as { for(strength: 'update'): typeof query }).for('update') : query;
});

// Placeholders in `set` go through each column's own encoder (the timestamp, on either engine).
const writeHead = preparedQuery<unknown>('chain_head_write', (db) => {
  const { chainHead } = schemaFor(db.engine);
  const values = { seq: sql.placeholder('seq'), hash: sql.placeholder('hash'), updatedAt: sql.placeholder('at') };
  return db.update(chainHead).set(values as never).where(eq(chainHead.id, 1));
});

export async function lockHead(tx: Tx): Promise<Head> {
  const [head] = await readHead(tx);
  if (!head) throw new Error('The history chain has no head row: the database is not migrated.');
  return { seq: head.seq, hash: head.hash ?? GENESIS };
}

export async function moveHead(tx: Tx, head: Head): Promise<void> {
  await writeHead(tx, { seq: head.seq, hash: head.hash, at: new Date() });
}

/**
 * Sets the chain columns of a row already inserted (hash still NULL, which the append-only
 * triggers allow exactly once) and returns the new head.
 */
export async function sealRow(tx: Tx, table: ChainedTable, row: Record<string, unknown>, head: Head): Promise<Head> {
  const chained = { ...row, chainSeq: head.seq + 1, prevHash: head.hash };
  const name = chainedTableName(table);
  const hash = hashRecord(name, chained);
  await sealStatement(name)(tx, { id: row.id, seq: chained.chainSeq, prev: chained.prevHash, hash });
  return { seq: chained.chainSeq, hash };
}

const sealStatements = new Map<string, ReturnType<typeof preparedQuery<unknown>>>();

/** The UPDATE that seals a row of one chained table, prepared once per table. */
function sealStatement(name: string) {
  let statement = sealStatements.get(name);
  if (!statement) {
    statement = preparedQuery<unknown>(`chain_seal_${name}`, (db) => {
      const t = chainedTables(db.engine).find((c) => c.name === name)!.table as unknown as typeof import('../sqlite/schema').reviewEvents;
      const values = { chainSeq: sql.placeholder('seq'), prevHash: sql.placeholder('prev'), hash: sql.placeholder('hash') };
      return db.update(t).set(values as never).where(eq(t.id, sql.placeholder('id')));
    });
    sealStatements.set(name, statement);
  }
  return statement;
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
