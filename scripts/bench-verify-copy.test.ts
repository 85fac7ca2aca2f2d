import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it, onTestFinished } from 'vitest';
import { connectDatabase, executeRaw } from '@/db/client';
import { copyDatabase } from '@/db/copy';
import { createTestDatabase, TEST_ENGINE } from '@/lib/testing/test-db';
import { verifyCopy } from './bench-verify-copy';

describe.runIf(TEST_ENGINE === 'pg')('the benchmark archive copied to PostgreSQL', () => {
  it('compares record for record, and names the first row that differs', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-copy-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'bench.db');
    // Seeded in a process of its own: the schema module follows DATABASE_URL, SQLite there.
    const seed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/bench-seed.ts', '--database', file, '--articles', '5', '--claims', '60', '--events', '400'], {
      cwd: path.resolve(__dirname, '..'),
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: file },
    });
    expect(seed.status, seed.stderr).toBe(0);
    const target = await createTestDatabase();
    await copyDatabase(file, target);
    const compared = await verifyCopy(file, target);
    expect(compared.find((t) => t.name === 'review_events')!.rows).toBeGreaterThanOrEqual(400);
    const db = connectDatabase(target);
    await db.transaction((tx) => executeRaw(tx, sql`UPDATE claims SET quote = quote || '!' WHERE id = (SELECT max(id) FROM claims)`));
    await db.close();
    await expect(verifyCopy(file, target)).rejects.toThrow(/^claims id=\d+ differs/);
  }, 120_000);
});
