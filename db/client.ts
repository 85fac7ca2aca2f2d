import type { SQL } from 'drizzle-orm';
import { chainLegacyRecords } from './chain/chain-legacy';
import { databaseTarget, engineOf, type Engine } from './engine';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migratePg, openPg } from './pg/open';
import { replicaPool, replicaUrls } from './pg/replicas';
import * as pgSchema from './pg/schema';
import { openSqlite, type SqliteDrizzle } from './sqlite/open';

export { DEFAULT_DATABASE_PATH, databaseTarget, type Engine } from './engine';

/**
 * What a use case or query is handed: drizzle's query builders, typed once against the SQLite
 * schema (the PostgreSQL one is structurally identical). Write every query as
 * `await db.select()…`, `const [row] = await db.insert()….returning()`: the builders are
 * awaited on both engines. The handle's SQLite-only members (`$client`, `run`, `all`, `get`)
 * are left out of this type; a builder's own `.get()`/`.all()`/`.run()` still type-check, so
 * db/engine-neutral.test.ts refuses them in shared code.
 */
export type Tx = Omit<SqliteDrizzle, 'transaction' | '$client' | 'run' | 'all' | 'get' | 'values' | 'batch'> & {
  readonly engine: Engine;
  /** Inside a transaction, joins it (SQLite) or opens a savepoint (PostgreSQL). */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
};

export type Db = Tx & {
  /**
   * Runs `fn` in one transaction: it commits when `fn` resolves and rolls back when it throws,
   * on both engines. A change and its history row are written through the same `tx`.
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Closes the connections (scripts and tests; the server keeps its handle). */
  close(): Promise<void>;
  /**
   * Where reads that may lag a moment go (public pages, desk lists): the read replicas of
   * DATABASE_REPLICA_URLS in turn, the primary when none is set or a replica is down. A read
   * that must see a write just made, and every read in a transaction, uses the handle itself.
   */
  readonly reader: Db;
};

/**
 * Connects to the configured database (DATABASE_URL / DATABASE_PATH, see db/engine.ts) at
 * once, for the server's handle: PostgreSQL was migrated at start-up (instrumentation.ts);
 * SQLite migrates synchronously here too, which costs a read of the journal when current.
 */
export function connectDatabase(target: string = databaseTarget()): Db {
  return engineOf(target) === 'pg' ? connectPg(target).db : connectSqlite(target, true);
}

/**
 * Opens the database and brings its schema up to date with the committed migrations of its
 * engine. Every process that sets up the database goes through here, so the server, the
 * scripts and the tests all see the same migrated schema. ':memory:' gives a throwaway
 * SQLite database.
 */
export async function openDatabase(target: string = databaseTarget()): Promise<Db> {
  const pg = engineOf(target) === 'pg' ? connectPg(target) : null;
  const db = pg ? pg.db : connectSqlite(target, true);
  try {
    await pg?.migrate();
    // Rows written before the history chain existed are linked once, right after migrating.
    await chainLegacyRecords(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * The handle reads through the reader connection; `transaction` queues the callback for the
 * writer connection (db/sqlite/write-queue.ts), and the `tx` it hands over is the writer,
 * whose own `transaction` simply joins the one already open.
 */
function connectSqlite(file: string, migrations: boolean): Db {
  const { reader, writer, run, close } = openSqlite(file, { migrations });
  const tx = Object.assign(writer, {
    engine: 'sqlite' as const,
    transaction: <T>(fn: (inner: Tx) => Promise<T>) => fn(tx as unknown as Tx),
  });
  const db = reader === writer ? Object.create(writer) : reader;
  const handle = Object.assign(db, {
    engine: 'sqlite' as const,
    transaction: <T>(fn: (inner: Tx) => Promise<T>) => run(() => fn(tx as unknown as Tx)),
    close: async () => close(),
  }) as unknown as Db;
  // One file, no replicas: its reader connection already serves the reads.
  return Object.assign(handle, { reader: handle });
}

function connectPg(url: string) {
  const { db: base, pool, close } = openPg(url);
  const begin = base.transaction.bind(base);
  // A nested transaction is a savepoint on PostgreSQL; its handle gets the same shape.
  type PgTx = Parameters<Parameters<typeof begin>[0]>[0];
  const withEngine = (tx: PgTx): Tx => {
    const savepoint = tx.transaction.bind(tx);
    return Object.assign(tx, {
      engine: 'pg' as const,
      transaction: <T>(fn: (inner: Tx) => Promise<T>) => savepoint((inner) => fn(withEngine(inner))),
    }) as unknown as Tx;
  };
  const urls = replicaUrls();
  const replicas = urls.length ? replicaPool(pool, urls) : null;
  const transaction = <T>(fn: (tx: Tx) => Promise<T>) => begin((tx) => fn(withEngine(tx)));
  const db = Object.assign(base, {
    engine: 'pg' as const,
    transaction,
    close: async () => {
      await replicas?.close();
      await close();
    },
  }) as unknown as Db;
  // The reader's transactions are the primary's: a read in a transaction sees its writes.
  const reader = replicas
    ? (Object.assign(drizzle({ client: replicas.pool, schema: pgSchema }), { engine: 'pg' as const, transaction, close: db.close }) as unknown as Db)
    : db;
  Object.assign(db, { reader });
  if (reader !== db) Object.assign(reader, { reader });
  return { db, migrate: () => migratePg(pool, base) };
}

/** Runs one raw statement: for tests and set-up code in db/, never for the domain. */
export async function executeRaw(db: Db | Tx, statement: SQL): Promise<void> {
  const driver = db as unknown as { run?: (q: SQL) => unknown; execute?: (q: SQL) => Promise<unknown> };
  if (db.engine === 'pg') await driver.execute!(statement);
  else driver.run!(statement);
}

/** Runs one raw SELECT and returns its rows as plain objects keyed by column name, on either engine. */
export async function queryRaw<T>(db: Db | Tx, statement: SQL): Promise<T[]> {
  const driver = db as unknown as { all?: (q: SQL) => unknown[]; execute?: (q: SQL) => Promise<{ rows: unknown[] }> };
  if (db.engine === 'pg') return (await driver.execute!(statement)).rows as T[];
  return driver.all!(statement) as T[];
}

/** A point in time as a raw-SQL parameter: SQLite stores milliseconds, PostgreSQL a timestamptz. */
export function timeParam(db: Db | Tx, ms: number): number | Date {
  return db.engine === 'pg' ? new Date(ms) : ms;
}
