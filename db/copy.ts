import { asc, getTableColumns, gt, sql, type AnyColumn, type Table } from 'drizzle-orm';
import { executeRaw, openDatabase, type Db } from './client';
import { auditDatabase } from './chain/verify';
import { queryRaw } from './chain/raw';
import { copyOrder, tableByName } from './copy-order';
import { engineOf } from './engine';
import * as pgSchema from './pg/schema';
import * as sqliteSchema from './sqlite/schema';

export interface CopyReport {
  tables: Array<{ name: string; rows: number }>;
  count: number;
  head: string | null;
}

type AnyTable = Table & { id: Parameters<typeof gt>[0] };

/** Rows a table holds; chain_head's one row counts only once the chain has records. */
async function isEmpty(db: Db, name: string): Promise<boolean> {
  const table = sql.identifier(name);
  const [row] = await queryRaw<{ n: number | string }>(
    db,
    name === 'chain_head' ? sql`SELECT count(*) AS n FROM ${table} WHERE seq > 0` : sql`SELECT count(*) AS n FROM ${table}`,
  );
  return Number(row.n) === 0;
}

/**
 * Moves a desk from SQLite to PostgreSQL with nothing lost: every table of the schema in
 * foreign-key order, ids, timestamps and the history chain's columns as they are, the
 * identity sequences moved past the largest id, all in one transaction on the target (a
 * failed copy leaves it empty). The source is read in keyset batches, so memory stays flat
 * however large the desk. Refuses a target that holds anything; afterwards the row counts
 * must be equal and the chain must verify on the target, or the copy is reported failed.
 */
export async function copyDatabase(from: string, to: string, { batch = 500, log = (_: string) => {} } = {}): Promise<CopyReport> {
  if (engineOf(from) !== 'sqlite' || engineOf(to) !== 'pg') throw new Error('db:copy moves a desk from a SQLite file (--from) to PostgreSQL (--to).');
  const source = await openDatabase(from);
  const target = await openDatabase(to).catch(async (error) => {
    await source.close();
    throw error;
  });
  try {
    const order = copyOrder();
    for (const name of order) {
      if (!(await isEmpty(target, name))) throw new Error(`The target is not empty (${name} has rows); db:copy writes only into a new database.`);
    }
    const tables: CopyReport['tables'] = [];
    await target.transaction(async (tx) => {
      // Lock every table at once, so a server started on the target too early waits for the copy.
      await executeRaw(tx, sql.raw(`LOCK TABLE ${order.map((n) => `"${n}"`).join(', ')} IN ACCESS EXCLUSIVE MODE`));
      await executeRaw(tx, sql`DELETE FROM chain_head`);
      for (const name of order) {
        const from_ = tableByName(sqliteSchema, name) as AnyTable;
        const to_ = tableByName(pgSchema, name);
        // Read in order of the table's key: `id` where there is one, else its primary key column
        // (article_stats by article, sessions by their random id, rate_limits by key).
        const columns = getTableColumns(from_) as Record<string, AnyColumn>;
        const keyName = 'id' in columns ? 'id' : Object.keys(columns).find((k) => columns[k].primary);
        if (!keyName) throw new Error(`Table ${name} has no key column to read it in order by.`);
        const key = columns[keyName];
        let after: unknown = null;
        let rows = 0;
        for (;;) {
          const page = (await source
            .select()
            .from(from_ as never)
            .where(after === null ? undefined : gt(key, after))
            .orderBy(asc(key))
            .limit(batch)) as Array<Record<string, unknown>>;
          if (page.length === 0) break;
          await tx.insert(to_ as never).values(page as never);
          rows += page.length;
          after = page[page.length - 1][keyName];
          if (page.length < batch) break;
        }
        tables.push({ name, rows });
        log(`${name}: ${rows} rows`);
        // New rows on PostgreSQL must get ids above the copied ones.
        const identity = keyName === 'id' ? await queryRaw<{ seq: string | null }>(tx, sql`SELECT pg_get_serial_sequence(${name}, 'id') AS seq`) : [];
        if (identity[0]?.seq) {
          await executeRaw(
            tx,
            sql`SELECT setval(${identity[0].seq}, COALESCE((SELECT max(id) FROM ${sql.identifier(name)}), 0) + 1, false)`,
          );
        }
      }
    });
    for (const { name, rows } of tables) {
      const counted = sql`SELECT count(*) AS n FROM ${sql.identifier(name)}`;
      const [[s], [t]] = await Promise.all([queryRaw<{ n: number }>(source, counted), queryRaw<{ n: string }>(target, counted)]);
      if (Number(s.n) !== rows || Number(t.n) !== rows) throw new Error(`${name}: ${s.n} rows in the source, ${t.n} in the target.`);
    }
    const audit = await auditDatabase(target);
    if (audit.firstBreak) throw new Error(`The history chain does not verify on the target: ${audit.firstBreak}`);
    return { tables, count: audit.count, head: audit.head };
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}
