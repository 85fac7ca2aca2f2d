import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { connectDatabase, openDatabase, type Db } from '@/db/client';
import { reviewEvents } from '@/db/schema';
import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { publishForTest } from '@/lib/testing/publish';
import { createTestArticle, createTestDatabase, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { backupDatabase, findPgDump } from './backup';
import { auditDatabase } from './chain/verify';

const root = path.resolve(__dirname, '..');

function tempFile(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-backup-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, name);
}

async function populate(db: Db) {
  const editor = await createTestUser(db, 'editor');
  const claimId = (await createTestArticle(db)).claims[0].id;
  await publishForTest(db, claimId, 'verified', 'Two hospitals confirm.', { editor });
  return { editor, claimId };
}

/** The backup script as an operator runs it, in a process of its own. */
function backupScript(target: string, file: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/db-backup.ts', file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: target, DATABASE_PATH: '' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe(`npm run db:backup (${TEST_ENGINE})`, () => {
  it.runIf(TEST_ENGINE === 'sqlite')('copies a live SQLite desk during writes; the copy opens, verifies, and holds a prefix of the history', async () => {
    const target = await createTestDatabase();
    const db = await openDatabase(target);
    const { editor, claimId } = await populate(db);
    const file = tempFile('backup.db');
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await commentOnClaim(db, editor, { claimId, note: `note ${written}` });
        written += 1;
        // SQLite writes resolve without a turn of the event loop; yield one so the child's exit is seen.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const result = await backupScript(target, file);
    writing = false;
    await writer;
    expect(result.code, result.out).toBe(0);
    expect(written).toBeGreaterThan(0);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);

    const copy = await openDatabase(file);
    const report = await auditDatabase(copy);
    expect(report).toMatchObject({ ok: true, firstBreak: null });
    const copied = await copy.select().from(reviewEvents).orderBy(reviewEvents.id);
    const live = await db.select().from(reviewEvents).orderBy(reviewEvents.id);
    // A consistent copy is the live history as it stood at one moment: a prefix of it.
    expect(copied).toEqual(live.slice(0, copied.length));
    await copy.close();

    // Taken at rest, the copy has exactly what the live database has.
    const still = tempFile('still.db');
    await backupDatabase(target, still);
    const second = await openDatabase(still);
    expect((await auditDatabase(second)).count).toBe((await auditDatabase(db)).count);
    expect(await second.select().from(reviewEvents).orderBy(reviewEvents.id)).toEqual(live);
    await second.close();
    await db.close();
    await expect(backupDatabase(target, still)).rejects.toThrow(/already exists/);
  });

  it.runIf(TEST_ENGINE === 'pg' && findPgDump() !== null)('dumps PostgreSQL with pg_dump -Fc; pg_restore into an empty database verifies', async () => {
    const target = await createTestDatabase();
    const db = connectDatabase(target);
    await populate(db);
    const before = await auditDatabase(db);
    await db.close();
    const file = tempFile('backup.dump');
    const result = await backupScript(target, file);
    expect(result.code, result.out).toBe(0);

    const admin = new pg.Client({ connectionString: inject('pgAdminUrl') });
    await admin.connect();
    const name = `restore_${randomUUID().replace(/-/g, '')}`;
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(inject('pgAdminUrl'));
    url.pathname = `/${name}`;
    const pgRestore = path.join(path.dirname(findPgDump()!), 'pg_restore');
    await promisify(execFile)(pgRestore, ['--no-owner', '--exit-on-error', '--dbname', url.toString(), file]);
    const restored = await openDatabase(url.toString());
    const after = await auditDatabase(restored);
    expect(after).toMatchObject({ ok: true, count: before.count, head: before.head });
    await restored.close();
  });
});
