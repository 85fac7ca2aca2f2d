import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema';
import { cacheStatements } from './statement-cache';
import { createWriteQueue } from './write-queue';

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');

/**
 * Opens one SQLite connection with the desk's settings. The directory is created 0700 and
 * the database with its -wal and -shm files 0600 from their first byte: the file holds
 * password hashes and unpublished verdicts, and other local users have no business in it.
 */
function connect(file: string): Database.Database {
  if (file === ':memory:') return tune(new Database(file));
  fs.mkdirSync(path.dirname(path.resolve(/*turbopackIgnore: true*/ file)), { recursive: true, mode: 0o700 });
  // SQLite creates -wal and -shm with the database file's mode; the umask covers the moment
  // between creating and any chmod, and is restored before anything else can run.
  const previous = process.umask(0o077);
  try {
    fs.closeSync(fs.openSync(file, 'a', 0o600));
    return tune(new Database(file));
  } finally {
    process.umask(previous);
  }
}

function tune(sqlite: Database.Database): Database.Database {
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return cacheStatements(sqlite);
}

/**
 * A migration that changes a CHECK constraint rebuilds the table (create a copy, DROP, RENAME).
 * The migrator runs inside one transaction, where `PRAGMA foreign_keys=OFF` is ignored, so
 * with foreign keys on, dropping a table other rows point at would fail. They are turned off
 * around the migration (outside its transaction, as SQLite's ALTER TABLE guide says), and
 * every reference is checked before they go back on: a rebuild cannot leave a dangling row.
 */
function migrateWithTableRebuilds(client: Database.Database, writer: BetterSQLite3Database<typeof schema>) {
  const applied = () => (client.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = '__drizzle_migrations'`).get() as { n: number }).n
    ? (client.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n
    : 0;
  const before = applied();
  client.pragma('foreign_keys = OFF');
  try {
    migrate(writer, { migrationsFolder: MIGRATIONS_FOLDER });
    // The check reads every reference of every table (seconds on an archive of a million
    // history rows), and only a migration that ran can have broken one: a current database,
    // opened at every start and by every script, skips it.
    if (applied() === before) return;
    const dangling = client.pragma('foreign_key_check') as unknown[];
    if (dangling.length) throw new Error(`Migration left ${dangling.length} rows pointing at missing rows: ${JSON.stringify(dangling.slice(0, 5))}`);
  } finally {
    client.pragma('foreign_keys = ON');
  }
}

export type SqliteDrizzle = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

/**
 * Two connections to one file. Transactions run on the writer, one at a time (an async
 * callback spans several turns of the event loop, and better-sqlite3 has no per-request
 * connection to isolate it); everything else reads through the reader, which under WAL only
 * ever sees committed data, never the half-done work of a transaction still running.
 */
export function openSqlite(file: string, { migrations = true } = {}) {
  const writerClient = connect(file);
  const writer = drizzle({ client: writerClient, schema });
  if (migrations) migrateWithTableRebuilds(writerClient, writer);
  // An in-memory database exists only on its one connection.
  const readerClient = file === ':memory:' ? writerClient : connect(file);
  // Writes belong in transactions; the reader refuses them, so one outside a transaction
  // fails loudly instead of waiting on the writer's lock in the same thread.
  if (readerClient !== writerClient) readerClient.pragma('query_only = ON');
  const reader = file === ':memory:' ? writer : drizzle({ client: readerClient, schema });
  const queue = createWriteQueue(writerClient);
  return {
    reader,
    writer,
    run: queue.run,
    close() {
      if (readerClient !== writerClient) readerClient.close();
      writerClient.close();
    },
  };
}
