import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** What a synchronous drizzle transaction callback receives; use cases accept either. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const DEFAULT_DATABASE_PATH = './data/isnad.db';
const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

export function databasePath(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/**
 * Opens (creating if missing) the SQLite file and brings its schema up to date.
 * Every process that touches the database goes through here, so the server, the scripts
 * and the tests all see the same migrated schema. Pass ':memory:' for a throwaway database.
 */
export function openDatabase(file: string = databasePath()): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const db = drizzle({ client: sqlite, schema });
  migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  return db as Db;
}
