import { and, asc, eq, gt, isNotNull, isNull, sql } from 'drizzle-orm';
import { executeRaw, type Db } from '../client';
import { GENESIS, hashRecord } from './canonical';
import { queryRaw } from './raw';
import { chainedTables, schemaFor } from './tables';

const BATCH = 1000;

export interface ChainReport {
  count: number;
  head: string | null;
  at: Date | null;
  /** The first record that breaks the chain, named by table, id and sequence; null when whole. */
  firstBreak: string | null;
}

type Row = Record<string, unknown> & { id: number; chainSeq: number | null; prevHash: string | null; hash: string | null };

/** Reads one table's chained rows in sequence order, a batch at a time, so memory stays flat. */
async function* rowsInOrder(db: Db, table: ReturnType<typeof chainedTables>[number]['table']): AsyncGenerator<Row> {
  let after = 0;
  for (;;) {
    const batch = (await db
      .select()
      .from(table)
      .where(and(isNotNull(table.chainSeq), gt(table.chainSeq, after)))
      .orderBy(asc(table.chainSeq))
      .limit(BATCH)) as Row[];
    yield* batch;
    if (batch.length < BATCH) return;
    after = batch[batch.length - 1].chainSeq!;
  }
}

/**
 * Walks the whole chain in sequence order across the history tables: every record must sit
 * at the next sequence number, carry the previous record's hash, and hash to what it says;
 * the head row must name the last one. A row with no chain position is a break too (written
 * around the chain, or its chain columns cleared).
 */
export async function verifyChain(db: Db): Promise<ChainReport> {
  const tables = chainedTables(db.engine);
  const { chainHead } = schemaFor(db.engine);
  const [headRow] = await db.select().from(chainHead).where(eq(chainHead.id, 1));
  const report = (count: number, head: string | null, firstBreak: string | null): ChainReport => ({
    count,
    head,
    at: headRow?.updatedAt ?? null,
    firstBreak,
  });
  for (const { name, table } of tables) {
    const [loose] = await db.select({ id: table.id }).from(table).where(isNull(table.chainSeq)).orderBy(asc(table.id)).limit(1);
    if (loose) return report(0, headRow?.hash ?? null, `${name} id ${loose.id}: not linked into the chain`);
  }
  const cursors = tables.map(({ name, table }) => ({ name, rows: rowsInOrder(db, table), current: undefined as Row | undefined }));
  for (const c of cursors) c.current = (await c.rows.next()).value ?? undefined;
  let seq = 0;
  let prev = GENESIS;
  for (;;) {
    const next = cursors.filter((c) => c.current).sort((a, b) => a.current!.chainSeq! - b.current!.chainSeq!)[0];
    if (!next) break;
    const row = next.current!;
    const where = `${next.name} id ${row.id} (chain seq ${row.chainSeq})`;
    if (row.chainSeq !== seq + 1) {
      return report(seq, prev, row.chainSeq! <= seq ? `${where}: sequence number used twice` : `${where}: records ${seq + 1}–${row.chainSeq! - 1} are missing`);
    }
    if (row.prevHash !== prev) return report(seq, prev, `${where}: previous-hash does not match record ${seq}`);
    if (hashRecord(next.name, row) !== row.hash) return report(seq, prev, `${where}: contents do not match its hash`);
    seq = row.chainSeq;
    prev = row.hash!;
    next.current = (await next.rows.next()).value ?? undefined;
  }
  if (!headRow) return report(seq, prev, 'chain_head: the head row is missing');
  if (headRow.seq !== seq || (headRow.hash ?? GENESIS) !== prev) {
    return report(seq, prev, `chain_head: says record ${headRow.seq} (${headRow.hash}) but the chain ends at ${seq} (${prev})`);
  }
  return report(seq, seq === 0 ? null : prev, null);
}

const GUARDED = ['review_events', 'verdict_publications', 'account_events', 'figure_events'];
const TRIGGERS = {
  sqlite: GUARDED.flatMap((t) => [`${t}_no_update`, `${t}_no_delete`]),
  pg: GUARDED.flatMap((t) => [`${t}_append_only`, `${t}_no_truncate`]),
};

class RollBack extends Error {}

/** Whether a statement fails, tried inside a transaction that is always rolled back. */
async function refuses(db: Db, statement: ReturnType<typeof sql>): Promise<boolean> {
  let refused = false;
  await db
    .transaction(async (tx) => {
      try {
        await executeRaw(tx, statement);
      } catch {
        refused = true;
      }
      throw new RollBack();
    })
    .catch((error) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return refused;
}

/**
 * The append-only guard: its triggers are in the catalog, and an UPDATE and a DELETE of a
 * real history row are refused (tried, then rolled back). Returns what is wrong.
 */
export async function checkAppendOnly(db: Db): Promise<string[]> {
  const problems: string[] = [];
  const names = (
    db.engine === 'pg'
      ? await queryRaw<{ name: string }>(db, sql`SELECT tgname AS name FROM pg_trigger WHERE NOT tgisinternal`)
      : await queryRaw<{ name: string }>(db, sql`SELECT name FROM sqlite_master WHERE type = 'trigger'`)
  ).map((r) => r.name);
  for (const trigger of TRIGGERS[db.engine]) if (!names.includes(trigger)) problems.push(`trigger ${trigger} is missing`);
  for (const { name } of chainedTables(db.engine)) {
    const table = sql.raw(name);
    const [row] = await queryRaw<{ id: number }>(db, sql`SELECT id FROM ${table} ORDER BY id LIMIT 1`);
    if (!row) continue;
    if (!(await refuses(db, sql`UPDATE ${table} SET id = id WHERE id = ${row.id}`))) problems.push(`${name} accepts UPDATE`);
    if (!(await refuses(db, sql`DELETE FROM ${table} WHERE id = ${row.id}`))) problems.push(`${name} accepts DELETE`);
  }
  return problems;
}

/**
 * The database's own consistency check: SQLite's integrity_check; on PostgreSQL every table
 * is read through (a damaged page fails the scan) and, where the amcheck extension is
 * installed, every B-tree index is checked.
 */
export async function checkIntegrity(db: Db): Promise<string[]> {
  if (db.engine === 'sqlite') {
    const rows = await queryRaw<{ integrity_check: string }>(db, sql`PRAGMA integrity_check`);
    const messages = rows.map((r) => r.integrity_check);
    return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
  }
  const problems: string[] = [];
  const tables = await queryRaw<{ name: string }>(db, sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  for (const { name } of tables) {
    try {
      await queryRaw(db, sql`SELECT count(*) FROM ${sql.identifier(name)}`);
    } catch (error) {
      problems.push(`${name}: ${(error as Error).message}`);
    }
  }
  const [amcheck] = await queryRaw(db, sql`SELECT 1 FROM pg_extension WHERE extname = 'amcheck'`);
  if (amcheck) {
    const indexes = await queryRaw<{ name: string }>(
      db,
      sql`SELECT c.relname AS name FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_am a ON a.oid = c.relam WHERE n.nspname = 'public' AND a.amname = 'btree'`,
    );
    for (const { name } of indexes) {
      try {
        await queryRaw(db, sql`SELECT bt_index_check(${sql.identifier(name)}::regclass)`);
      } catch (error) {
        problems.push(`index ${name}: ${(error as Error).message}`);
      }
    }
  }
  return problems;
}

export interface AuditReport extends ChainReport {
  appendOnly: string[];
  integrity: string[];
  ok: boolean;
}

export async function auditDatabase(db: Db): Promise<AuditReport> {
  const chain = await verifyChain(db);
  const appendOnly = await checkAppendOnly(db);
  const integrity = await checkIntegrity(db);
  return { ...chain, appendOnly, integrity, ok: !chain.firstBreak && appendOnly.length === 0 && integrity.length === 0 };
}
