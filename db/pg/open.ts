import path from 'node:path';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';

const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle', 'pg');

/** A pooled PostgreSQL connection; each transaction gets its own pooled client. */
export function openPg(url: string) {
  const pool = new pg.Pool({ connectionString: url, max: Number(process.env.DATABASE_POOL_SIZE) || 10 });
  // An idle client that loses its server (a restart, a failover) must not crash the process.
  pool.on('error', (error) => console.error('[db] idle PostgreSQL client failed:', error.message));
  const db = drizzle({ client: pool, schema });
  return { db, pool, close: () => pool.end() };
}

/**
 * Applies the committed migrations in drizzle/pg. Several servers may start at once against
 * one database: an advisory lock lets one migrate while the others wait for it.
 */
export async function migratePg(pool: pg.Pool, db: ReturnType<typeof openPg>['db']): Promise<void> {
  const lock = await pool.connect();
  try {
    await lock.query("SELECT pg_advisory_lock(hashtext('isnad:migrate'))");
    await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
  } finally {
    await lock.query("SELECT pg_advisory_unlock(hashtext('isnad:migrate'))").catch(() => undefined);
    lock.release();
  }
}

/** Drops every table, type and migration record: for `npm run demo -- --fresh` only. */
export async function resetPgSchema(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('DROP SCHEMA IF EXISTS drizzle CASCADE; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;');
  } finally {
    await client.end();
  }
}
