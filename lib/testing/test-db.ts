import { refreshArticleStats } from '@/db/queries/article-stats';
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject, onTestFinished } from 'vitest';
import { connectDatabase, openDatabase, type Db } from '@/db/client';
import { databaseTarget, engineOf, type Engine } from '@/db/engine';
import { articles, claims, users, type Claim, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';

const TEMPLATE_DATABASE = 'isnad_template';

/** The engine this test process runs on (vitest.config.mts runs database tests once per engine). */
export const TEST_ENGINE: Engine = engineOf(databaseTarget());

/**
 * A fresh, fully migrated database of its own for one test, closed and discarded when the
 * test ends: a SQLite file in a temporary directory, or a PostgreSQL database copied from the
 * migrated template that lib/testing/pg-global-setup.ts made.
 */
export async function createTestDb(engine: Engine = TEST_ENGINE): Promise<Db> {
  const target = await createTestDatabase(engine);
  // The PostgreSQL copy is already migrated; a new SQLite file is migrated as it opens.
  const db = engine === 'pg' ? connectDatabase(target) : await openDatabase(target);
  onTestFinished(() => db.close());
  return db;
}

/**
 * Where a fresh, empty-but-migrated (PostgreSQL) or not-yet-created (SQLite) database for
 * this test lives: what DATABASE_URL would say to a script under test. Removed after the test
 * (SQLite) or with the throwaway cluster (PostgreSQL).
 */
export async function createTestDatabase(engine: Engine = TEST_ENGINE): Promise<string> {
  if (engine !== TEST_ENGINE) {
    throw new Error(`This test process runs on ${TEST_ENGINE}; ${engine} tests run in the vitest project of that name.`);
  }
  if (engine === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-test-'));
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    return path.join(dir, 'test.db');
  }
  const adminUrl = inject('pgAdminUrl');
  admin ??= (async () => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    return client;
  })();
  const name = `test_${randomUUID().replace(/-/g, '')}`;
  await (await admin).query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DATABASE}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

let admin: Promise<pg.Client> | undefined;

export async function createTestUser(db: Db, role: Role): Promise<Actor> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const [user] = await db.transaction((tx) =>
    tx
      .insert(users)
      // Unit tests of the review rules do not sign in, so no real hash is needed here.
      .values({ email, name: `Test ${role}`, role, passwordHash: 'not-a-login' })
      .returning(),
  );
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

const BODY = 'قالت وزارة الصحة إن 12 شخصاً قتلوا وأصيب 30 آخرون، وأعلنت الأمم المتحدة إجلاء 500 عائلة.';

/** An article with two claims pinned to spans of its body. */
export async function createTestArticle(db: Db): Promise<{ articleId: number; claims: Claim[] }> {
  const body = `${BODY} ${randomUUID()}`;
  return db.transaction(async (tx) => {
  const [article] = await tx
    .insert(articles)
    .values({
      slug: `test-${randomUUID().slice(0, 8)}`,
      title: 'مقال اختبار',
      body,
      bodyHash: createHash('sha256').update(body).digest('hex'),
    })
    .returning();
  const span = (needle: string) => {
    const start = body.indexOf(needle);
    return { quote: needle, start, end: start + needle.length, mentions: [{ start, end: start + needle.length }] };
  };
  const rows = await tx
    .insert(claims)
    .values([
      {
        articleId: article.id,
        ...span('12 شخصاً'),
        value: 12,
        counted: 'killed',
        category: 'casualties',
        claimant: 'وزارة الصحة',
        origin: 'extractor',
      },
      {
        articleId: article.id,
        ...span('500 عائلة'),
        value: 500,
        counted: 'families evacuated',
        category: 'displacement',
        claimant: 'الأمم المتحدة',
        origin: 'extractor',
      },
    ])
    .returning();
  await refreshArticleStats(tx, article.id);
  return { articleId: article.id, claims: rows };
  });
}
