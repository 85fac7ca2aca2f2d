import type { Db } from '../client';

export interface PlannedClient {
  prepare(sql: string): { all(...params: unknown[]): Array<{ detail: string }> };
}

/** The reader's better-sqlite3 handle, for tools that trace statements and print their plans; null on PostgreSQL. */
export function sqliteReader(db: Db): PlannedClient | null {
  return db.engine === 'sqlite' ? (db as unknown as { $client: PlannedClient }).$client : null;
}
