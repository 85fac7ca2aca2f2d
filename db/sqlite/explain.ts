import type { Db } from '../client';

export interface PlannedClient {
  prepare(sql: string): { all(...params: unknown[]): Array<{ detail: string }> };
}

/** The reader's better-sqlite3 handle, for tools that trace statements and print their plans; null on PostgreSQL. */
export function sqliteReader(db: Db): PlannedClient | null {
  return db.engine === 'sqlite' ? (db as unknown as { $client: PlannedClient }).$client : null;
}

/**
 * The SELECT/WITH statements `fn` prepares on the client, each once: the plan tests trace what
 * a use case really sends rather than restating its SQL.
 */
export async function statementsOf(client: PlannedClient, fn: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const original = client.prepare;
  client.prepare = function (this: PlannedClient, sql: string) {
    seen.push(sql);
    return original.call(this, sql);
  };
  try {
    await fn();
  } finally {
    client.prepare = original;
  }
  return [...new Set(seen)].filter((s) => /^\s*(select|with)/i.test(s));
}

/** EXPLAIN QUERY PLAN's steps for a statement, every parameter bound to `param` (a MATCH needs a string). */
export function planOf(client: PlannedClient, sql: string, param: unknown = null): string[] {
  const params = (sql.match(/\?/g) ?? []).map(() => param);
  return client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params).map((row) => row.detail);
}
