import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRaw, openDatabase, type Db } from '@/db/client';
import { getChainHead } from '@/db/queries/chain-head';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { articles, chainHead, reviewEvents, verdictPublications } from '@/db/schema';
import { publishForTest } from '@/lib/testing/publish';
import { expectDatabaseError } from '@/lib/testing/database-error';
import { saveUser } from '@/lib/users/save-user';
import { createTestArticle, createTestDatabase, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { GENESIS, canonicalJson } from './canonical';
import { auditDatabase, verifyChain } from './verify';

async function populated(target: string): Promise<Db> {
  const db = await openDatabase(target);
  const editor = await createTestUser(db, 'editor');
  const claimId = (await createTestArticle(db)).claims[0].id;
  await publishForTest(db, claimId, 'verified', 'Two hospitals confirm.', { editor });
  await saveUser(db, 'cli', { email: 'chain@example.test', role: 'checker', password: 'a long enough password', name: 'Chain' });
  return db;
}

/** Drops the append-only guard for a test that plays the attacker with a SQL shell. */
async function dropGuard(db: Db) {
  const statements =
    TEST_ENGINE === 'pg'
      ? ['review_events', 'verdict_publications', 'account_events'].map((t) => `DROP TRIGGER ${t}_append_only ON ${t}`)
      : ['review_events', 'verdict_publications', 'account_events'].flatMap((t) => [`DROP TRIGGER ${t}_no_update`, `DROP TRIGGER ${t}_no_delete`]);
  await db.transaction(async (tx) => {
    for (const s of statements) await executeRaw(tx, sql.raw(s));
  });
}

describe(`the history chain (${TEST_ENGINE})`, () => {
  it('serialises canonically: sorted keys, ISO dates, one form per number', () => {
    expect(canonicalJson({ b: 1.0, a: { d: -0, c: [2, 'x'] }, at: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 6)), gone: null })).toBe(
      '{"a":{"c":[2,"x"],"d":0},"at":"2024-01-02T03:04:05.006Z","b":1}',
    );
  });

  it('links every review event, publication and account event into one chain that verifies', async () => {
    const db = await populated(await createTestDatabase());
    const report = await auditDatabase(db);
    expect(report).toMatchObject({ ok: true, firstBreak: null, appendOnly: [], integrity: [] });
    // the evidence, the status change, the explanation, the publication, its event, the account's creation
    expect(report.count).toBe(6);
    const [head] = await db.select().from(chainHead);
    expect(report.head).toBe(head.hash);
    expect(await getChainHead(db)).toEqual({ count: 6, head: head.hash, at: head.updatedAt.toISOString() });
    const [article] = await db.select({ slug: articles.slug }).from(articles);
    const view = await getPublicArticle(db, article.slug);
    expect(view!.verdicts[0].recordHash).toBe((await db.select().from(verdictPublications))[0].hash);
    const [publication] = await db.select().from(verdictPublications);
    expect(publication.hash).toMatch(/^[0-9a-f]{64}$/);
    const seqs = (await db.select({ s: reviewEvents.chainSeq }).from(reviewEvents)).map((r) => r.s);
    expect(new Set([...seqs, publication.chainSeq]).size).toBe(seqs.length + 1);
    await db.close();
  });

  it('names the first record whose contents were rewritten behind the triggers', async () => {
    const db = await populated(await createTestDatabase());
    await dropGuard(db);
    const [publication] = await db.select().from(verdictPublications);
    await db.transaction((tx) => executeRaw(tx, sql`UPDATE verdict_publications SET rationale = 'rewritten' WHERE id = ${publication.id}`));
    const report = await auditDatabase(db);
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toBe(`verdict_publications id ${publication.id} (chain seq ${publication.chainSeq}): contents do not match its hash`);
    expect(report.count).toBe(publication.chainSeq! - 1);
    expect(report.appendOnly).toEqual(expect.arrayContaining(['trigger verdict_publications_no_update is missing'.replace('_no_update', TEST_ENGINE === 'pg' ? '_append_only' : '_no_update'), 'verdict_publications accepts UPDATE']));
    await db.close();
  });

  it('names a record removed from the middle of the chain', async () => {
    const db = await populated(await createTestDatabase());
    await dropGuard(db);
    await db.transaction((tx) => executeRaw(tx, sql`DELETE FROM review_events WHERE chain_seq = 3`));
    expect((await verifyChain(db)).firstBreak).toMatch(/^verdict_publications id \d+ \(chain seq 4\): records 3–3 are missing$/);
    await db.close();
  });

  it('links the rows of a desk written before the chain existed, once, when it is opened', async () => {
    const target = await createTestDatabase();
    const db = await populated(target);
    await dropGuard(db);
    // What an upgraded desk looks like: rows without chain columns and an empty head.
    await db.transaction(async (tx) => {
      await executeRaw(tx, sql`UPDATE review_events SET chain_seq = NULL, prev_hash = NULL, hash = NULL`);
      await executeRaw(tx, sql`UPDATE verdict_publications SET chain_seq = NULL, prev_hash = NULL, hash = NULL`);
      await executeRaw(tx, sql`UPDATE account_events SET chain_seq = NULL, prev_hash = NULL, hash = NULL`);
      await executeRaw(tx, sql`UPDATE chain_head SET seq = 0, hash = NULL`);
    });
    expect((await verifyChain(db)).firstBreak).toMatch(/not linked into the chain/);
    await db.close();
    const reopened = await openDatabase(target);
    const report = await verifyChain(reopened);
    expect(report).toMatchObject({ count: 6, firstBreak: null });
    const [firstRow] = await reopened.select().from(reviewEvents).where(sql`${reviewEvents.chainSeq} = 1`);
    expect(firstRow.prevHash).toBe(GENESIS);
    await reopened.close();
  });

  it('lets the guard set the chain columns of an unlinked row only, never rewrite a linked one', async () => {
    const db = await populated(await createTestDatabase());
    await expectDatabaseError(db.transaction((tx) => executeRaw(tx, sql`UPDATE review_events SET hash = 'x' WHERE chain_seq = 1`)), /append-only/);
    await expectDatabaseError(db.transaction((tx) => executeRaw(tx, sql`UPDATE review_events SET hash = NULL WHERE chain_seq = 1`)), /append-only/);
    await expectDatabaseError(db.transaction((tx) => executeRaw(tx, sql`UPDATE review_events SET chain_seq = 99 WHERE chain_seq = 1`)), /append-only/);
    await db.close();
  });

  it('npm run audit:verify prints the count and head, and exits non-zero naming the break', async () => {
    const target = await createTestDatabase();
    const db = await populated(target);
    const run = () =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/audit-verify.ts'], {
        cwd: path.resolve(__dirname, '../..'),
        encoding: 'utf8',
        env: { ...process.env, DATABASE_URL: target, DATABASE_PATH: '' },
      });
    const good = run();
    expect(good.status, good.stderr).toBe(0);
    const [head] = await db.select().from(chainHead);
    expect(good.stdout).toContain('Records:     6');
    expect(good.stdout).toContain(`Head hash:   ${head.hash}`);
    await dropGuard(db);
    await db.transaction((tx) => executeRaw(tx, sql`UPDATE review_events SET note = 'rewritten' WHERE chain_seq = 3`));
    await db.close();
    const bad = run();
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(/Chain:\s+BROKEN at review_events id \d+ \(chain seq 3\): contents do not match its hash/);
  });
});
