import fs from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { engineOf } from '@/db/engine';

/**
 * A database the demo created itself carries a mark, so `npm run demo` pointed at a real
 * desk's database later never resets `admin@isnad.test` to the published password there.
 * SQLite keeps it in the file header (`user_version`, which nothing else here uses);
 * PostgreSQL as the comment on the `public` schema, which `demo --fresh` recreates.
 */
const DEMO_MARK = 0x15ad_de30;
const PG_COMMENT = 'isnad demo database';

/** Before migrating: is there no desk here yet (no file, or no users table)? */
export async function isNewDatabase(target: string): Promise<boolean> {
  if (engineOf(target) === 'sqlite') return target === ':memory:' || !fs.existsSync(target);
  return withPg(target, async (client) => {
    const { rows } = await client.query("SELECT to_regclass('public.users') IS NULL AS missing");
    return rows[0].missing === true;
  });
}

export async function markAsDemoDatabase(target: string): Promise<void> {
  if (engineOf(target) === 'sqlite') return withSqlite(target, (db) => void db.pragma(`user_version = ${DEMO_MARK}`));
  await withPg(target, (client) => client.query(`COMMENT ON SCHEMA public IS '${PG_COMMENT}'`));
}

export async function isDemoDatabase(target: string): Promise<boolean> {
  if (engineOf(target) === 'sqlite') return withSqlite(target, (db) => db.pragma('user_version', { simple: true }) === DEMO_MARK);
  return withPg(target, async (client) => {
    const { rows } = await client.query("SELECT obj_description('public'::regnamespace, 'pg_namespace') AS comment");
    return rows[0].comment === PG_COMMENT;
  });
}

function withSqlite<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

async function withPg<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
