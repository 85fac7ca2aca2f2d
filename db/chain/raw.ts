import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../client';

/** Runs one raw read and returns its rows: for the audit and copy tools in db/, never the domain. */
export async function queryRaw<T = Record<string, unknown>>(db: Db | Tx, statement: SQL): Promise<T[]> {
  const driver = db as unknown as { all?: (q: SQL) => T[]; execute?: (q: SQL) => Promise<{ rows: T[] }> };
  if (db.engine === 'pg') return (await driver.execute!(statement)).rows;
  return driver.all!(statement);
}
