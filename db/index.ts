import 'server-only';
import { connectDatabase, type Db } from './client';

// One handle (one SQLite file or one PostgreSQL pool) per server process; in development hot
// reload re-evaluates modules, so the handle lives on globalThis instead of a module variable.
const globalForDb = globalThis as unknown as { isnadDb?: Db };

/** The server's database handle. instrumentation.ts has migrated it at start-up. */
export function getDb(): Db {
  globalForDb.isnadDb ??= connectDatabase();
  return globalForDb.isnadDb;
}

/**
 * The handle for reads that may lag the primary by a moment: public pages and desk lists. On
 * PostgreSQL with DATABASE_REPLICA_URLS they go to the replicas; elsewhere it is getDb().
 * A page that shows what the same request has just written reads through getDb().
 */
export function getReadDb(): Db {
  return getDb().reader;
}
