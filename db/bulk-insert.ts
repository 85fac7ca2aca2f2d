import type { Tx } from './client';
import { bulkInsertSqlite } from './sqlite/bulk-insert';

type Table = Parameters<Tx['insert']>[0];

/**
 * Bulk loading for seeds and copies, inside a transaction: SQLite reuses one prepared
 * statement, PostgreSQL sends multi-row INSERTs kept under its 65,535-parameter limit.
 */
export async function bulkInsert(tx: Tx, table: Table, rows: Record<string, unknown>[]): Promise<void> {
  if (tx.engine === 'sqlite') {
    bulkInsertSqlite((tx as unknown as { $client: Parameters<typeof bulkInsertSqlite>[0] }).$client, table, rows);
    return;
  }
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const per = Math.max(1, Math.floor(60_000 / columns));
  for (let i = 0; i < rows.length; i += per) await tx.insert(table).values(rows.slice(i, i + per) as never);
}
