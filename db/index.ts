import 'server-only';
import { openDatabase, type Db } from './client';

// One connection per server process; in development hot reload re-evaluates modules, so the
// handle lives on globalThis instead of a module variable.
const globalForDb = globalThis as unknown as { isnadDb?: Db };

/** The server's database handle, opened and migrated on first use. */
export function getDb(): Db {
  globalForDb.isnadDb ??= openDatabase();
  return globalForDb.isnadDb;
}
