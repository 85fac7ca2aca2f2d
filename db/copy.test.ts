import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, getTableColumns, sql, type Table } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connectDatabase, openDatabase, type Db } from '@/db/client';
import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { createTestDatabase, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { auditDatabase } from './chain/verify';
import { queryRaw } from './chain/raw';
import { copyDatabase } from './copy';
import { copyOrder, tableByName } from './copy-order';
import { SEARCH_INDEX_TABLES } from './search/write-index';
import * as pgSchema from './pg/schema';
import * as sqliteSchema from './sqlite/schema';

const root = path.resolve(__dirname, '..');

function script(file: string, args: string[], databaseUrl: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', file, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, DATABASE_PATH: '' },
  });
}

/** A SQLite desk with a bit of everything, filled in a process of its own (the SQLite schema). */
function populatedSqlite(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-copy-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'desk.db');
  const result = script('lib/testing/populate-desk.ts', [], file);
  expect(result.status, result.stderr).toBe(0);
  return file;
}

async function allRows(db: Db, table: Table) {
  const columns = getTableColumns(table) as Record<string, Parameters<typeof asc>[0] & { primary?: boolean }>;
  // `id`, or the table's own primary key (article_stats, rate_limits).
  const id = columns.id ?? Object.values(columns).find((c) => c.primary)!;
  return db.select().from(table as never).orderBy(asc(id));
}

async function tablesOf(db: Db): Promise<string[]> {
  if (db.engine === 'pg') {
    // The search index is rebuilt from the rows it indexes (db/search/backfill.ts), not copied.
    const rows = await queryRaw<{ name: string }>(db, sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
    return rows.map((r) => r.name).filter((n) => !(SEARCH_INDEX_TABLES as readonly string[]).includes(n)).sort();
  }
  const rows = await queryRaw<{ name: string; sql: string }>(db, sql`SELECT name, sql FROM sqlite_master WHERE type = 'table'`);
  // A virtual table (full-text search) and its shadow tables are rebuilt from the rows they index.
  const virtual = rows.filter((r) => /^CREATE VIRTUAL/i.test(r.sql)).map((r) => r.name);
  return rows
    .map((r) => r.name)
    .filter((n) => !n.startsWith('sqlite_') && !n.startsWith('__drizzle') && !virtual.some((v) => n === v || n.startsWith(`${v}_`)))
    .sort();
}

describe(`db:copy's table list (${TEST_ENGINE})`, () => {
  it('names every table a migrated database has, parents before children', async () => {
    const target = await createTestDatabase();
    const db = TEST_ENGINE === 'pg' ? connectDatabase(target) : await openDatabase(target);
    onTestFinished(() => db.close());
    const order = copyOrder();
    expect([...order].sort()).toEqual(await tablesOf(db));
    for (const name of order) {
      tableByName(sqliteSchema, name);
      tableByName(pgSchema, name);
    }
    expect(order.indexOf('users')).toBeLessThan(order.indexOf('articles'));
    expect(order.indexOf('claims')).toBeLessThan(order.indexOf('verdict_publications'));
  });
});

describe.runIf(TEST_ENGINE === 'pg')('npm run db:copy (SQLite → PostgreSQL)', () => {
  it('copies every row of every table as it was, in small batches; the chain verifies and new ids follow the old', async () => {
    const from = populatedSqlite();
    const to = await createTestDatabase();
    const report = await copyDatabase(from, to, { batch: 7 });

    const source = await openDatabase(from);
    const target = connectDatabase(to);
    onTestFinished(() => Promise.all([source.close(), target.close()]).then(() => undefined));
    const sourceAudit = await auditDatabase(source);
    expect(report).toMatchObject({ count: sourceAudit.count, head: sourceAudit.head });
    expect(report.count).toBeGreaterThan(40);
    for (const name of copyOrder()) {
      const expected = await allRows(source, tableByName(sqliteSchema, name));
      expect(await allRows(target, tableByName(pgSchema, name)), name).toEqual(expected);
    }
    expect(report.tables.find((t) => t.name === 'claims')!.rows).toBeGreaterThan(7);
    expect(await auditDatabase(target)).toMatchObject({ ok: true, count: sourceAudit.count, head: sourceAudit.head });

    // The desk goes on on PostgreSQL: new ids above the copied ones, the chain extends.
    const maxUser = Math.max(...(await allRows(source, sqliteSchema.users as Table)).map((u) => (u as { id: number }).id));
    const editor = await createTestUser(target, 'editor');
    expect(editor.id).toBe(maxUser + 1);
    const [claim] = (await allRows(target, pgSchema.claims as unknown as Table)) as Array<{ id: number }>;
    await commentOnClaim(target, editor, { claimId: claim.id, note: 'after the move' });
    expect(await auditDatabase(target)).toMatchObject({ ok: true, count: sourceAudit.count + 1 });
  });

  it('refuses to write into a target that already holds a desk, and says so', async () => {
    const from = populatedSqlite();
    const to = await createTestDatabase();
    const first = script('scripts/db-copy.ts', ['--from', from, '--to', to], to);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/counts equal/);
    expect(first.stdout).toMatch(/History chain verifies on the target: \d+ records, head [0-9a-f]{64}/);
    const again = script('scripts/db-copy.ts', ['--from', from, '--to', to], to);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not empty/);
  });
});
