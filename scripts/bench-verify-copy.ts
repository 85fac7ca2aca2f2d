import { asc, getTableColumns, gt, type AnyColumn, type Table } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { canonicalJson } from '@/db/chain/canonical';
import { copyOrder, tableByName } from '@/db/copy-order';
import * as pgSchema from '@/db/pg/schema';
import * as sqliteSchema from '@/db/sqlite/schema';

/**
 * Compares a SQLite desk with its PostgreSQL copy record for record: every table in key
 * order, each row as the schema reads it (dates, JSON, booleans decoded) in canonical form
 * (db/chain/canonical.ts), so engine differences in storage do not count and any difference
 * in content does. Returns the rows compared per table; throws at the first difference.
 */
export async function verifyCopy(from: string, to: string, { batch = 2000 } = {}): Promise<Array<{ name: string; rows: number }>> {
  const [source, target] = [await openDatabase(from), await openDatabase(to)];
  try {
    const out: Array<{ name: string; rows: number }> = [];
    for (const name of copyOrder()) {
      const a = tableByName(sqliteSchema, name);
      const b = tableByName(pgSchema, name);
      const keyName = keyOf(a);
      let after: unknown = null;
      let rows = 0;
      for (;;) {
        const [left, right] = await Promise.all([page(source, a, keyName, after, batch), page(target, b, keyName, after, batch)]);
        if (left.length !== right.length) throw new Error(`${name}: after key ${String(after)}, ${left.length} rows in SQLite and ${right.length} in PostgreSQL.`);
        for (let i = 0; i < left.length; i++) {
          const [l, r] = [canonicalJson(left[i]), canonicalJson(right[i])];
          if (l !== r) throw new Error(`${name} ${keyName}=${String(left[i][keyName])} differs:\n  sqlite: ${l.slice(0, 500)}\n  pg:     ${r.slice(0, 500)}`);
        }
        rows += left.length;
        if (left.length < batch) break;
        after = left[left.length - 1][keyName];
      }
      out.push({ name, rows });
    }
    return out;
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

function keyOf(table: Table): string {
  const columns = getTableColumns(table) as Record<string, AnyColumn>;
  const key = 'id' in columns ? 'id' : Object.keys(columns).find((k) => columns[k].primary);
  if (!key) throw new Error('A table without a key column cannot be compared in order.');
  return key;
}

async function page(db: Db, table: Table, keyName: string, after: unknown, batch: number): Promise<Array<Record<string, unknown>>> {
  const key = (getTableColumns(table) as Record<string, AnyColumn>)[keyName];
  return (await db
    .select()
    .from(table as never)
    .where(after === null ? undefined : gt(key, after))
    .orderBy(asc(key))
    .limit(batch)) as Array<Record<string, unknown>>;
}
