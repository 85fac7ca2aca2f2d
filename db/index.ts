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
