import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '@/db/client';
import { articles, claims, users } from '@/db/schema';
import { verifyPassword } from '@/lib/auth/password';
import { createTestDatabase } from '@/lib/testing/test-db';

const root = path.resolve(__dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// Each test's scripts write to a database of its own, on the engine this test run uses.
let target: string;
beforeEach(async () => {
  target = await createTestDatabase();
});

function run(script: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: target, DATABASE_PATH: '' },
  });
}

const read = async <T>(fn: (db: Db) => Promise<T>): Promise<T> => {
  const db = await openDatabase(target);
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
};

describe('npm run article:import', () => {
  it('imports a file, prints only the slug on stdout, and finds it again on a second run', async () => {
    const first = run('article-import', 'db/seed/karabakh-talks.ar.txt', '--title', 'Karabakh talks', '--published', '2023-09-22');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout.trim()).toBe('karabakh-talks');
    expect(first.stderr).toMatch(/Imported "karabakh-talks" with \d+ claims/);
    const again = run('article-import', 'db/seed/karabakh-talks.ar.txt', '--title', 'Other title');
    expect(again.status).toBe(0);
    expect(again.stderr).toMatch(/Already imported as "karabakh-talks"/);
    await read(async (db) => {
      expect((await db.select().from(articles))).toHaveLength(1);
      expect((await db.select().from(claims)).length).toBeGreaterThanOrEqual(13);
    });
  }, 30000);

  it('refuses a missing file, an empty file and a missing title with a message and a failure code', async () => {
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '\n\n');
    const cases: Array<[string[], RegExp]> = [
      [['no/such.txt', '--title', 'T'], /Cannot read no\/such\.txt: no such file/],
      [[empty, '--title', 'T'], /the article text is empty/],
      [['db/seed/karabakh-talks.ar.txt'], /title: is required/],
    ];
    for (const [args, message] of cases) {
      const r = run('article-import', ...args);
      expect(r.status).not.toBe(0);
      expect(r.stderr).toMatch(message);
    }
  }, 30000);
});

describe('npm run user:add', () => {
  it('creates a user with a salted scrypt hash, then updates the role and password', async () => {
    expect(run('user-add', '--email', 'Reem@Example.org', '--role', 'checker', '--password', 'first password').status).toBe(0);
    const second = run('user-add', '--email', 'reem@example.org', '--role', 'editor', '--password', 'second password');
    expect(second.stdout).toMatch(/Updated reem@example.org \(editor\)/);
    const user = (await read(async (db) => (await db.select().from(users)))).find((u) => u.email === 'reem@example.org')!;
    expect(user.role).toBe('editor');
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(user.passwordHash).not.toContain('second password');
    expect(await verifyPassword('second password', user.passwordHash)).toBe(true);
    expect(await verifyPassword('first password', user.passwordHash)).toBe(false);
  }, 30000);

  it('refuses an unknown role and a short password without saving', async () => {
    const badRole = run('user-add', '--email', 'x@example.org', '--role', 'owner', '--password', 'long enough pass');
    expect(badRole.status).not.toBe(0);
    expect(badRole.stderr).toMatch(/role: must be one of: checker, editor, admin/);
    const short = run('user-add', '--email', 'x@example.org', '--role', 'checker', '--password', 'short');
    expect(short.stderr).toMatch(/password: must be at least 10 characters/);
    expect((await read(async (db) => (await db.select().from(users)))).some((u) => u.email === 'x@example.org')).toBe(false);
  }, 30000);
});
