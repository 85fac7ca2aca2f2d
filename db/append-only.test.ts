import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRaw } from '@/db/client';
import { accountEvents, figureEvents, reviewEvents, verdictPublications } from '@/db/schema';
import { createFigure } from '@/lib/figures-desk/create-figure';
import { addEvidence } from '@/lib/claims/add-evidence';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { expectDatabaseError } from '@/lib/testing/database-error';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';

async function setUp() {
  const db = await createTestDb();
  const editor = await createTestUser(db, 'editor');
  const checker = await createTestUser(db, 'checker');
  const claimId = (await createTestArticle(db)).claims[0].id;
  await reviewClaim(db, checker, { claimId, status: 'verified', note: 'Confirmed by two hospitals.', explanation: 'Two hospitals confirm.', version: 1 });
  await addEvidence(db, checker, { claimId, url: 'https://example.org/hospital', stance: 'supports' });
  await publishVerdict(db, editor, { claimId });
  await createFigure(db, checker, { title_en: 'People killed', category: 'casualties', counted: 'people killed' });
  return { db, claimId };
}

describe(`the database keeps history append-only (${TEST_ENGINE})`, () => {
  it('refuses to UPDATE or DELETE a review event, even through raw SQL', async () => {
    const { db, claimId } = await setUp();
    const raw = (statement: ReturnType<typeof sql>) => db.transaction((tx) => executeRaw(tx, statement));
    await expectDatabaseError(raw(sql`UPDATE review_events SET note = 'rewritten'`), /append-only/);
    await expectDatabaseError(raw(sql`DELETE FROM review_events`), /append-only/);
    await expectDatabaseError(db.transaction((tx) => tx.delete(reviewEvents).where(eq(reviewEvents.claimId, claimId))), /append-only/);
    const notes = (await db.select({ note: reviewEvents.note }).from(reviewEvents)).map((r) => r.note);
    expect(notes).toContain('Confirmed by two hospitals.');
  });

  it('refuses to UPDATE or DELETE a published verdict', async () => {
    const { db } = await setUp();
    await expectDatabaseError(db.transaction((tx) => tx.update(verdictPublications).set({ status: 'disputed' })), /append-only/);
    await expectDatabaseError(db.transaction((tx) => tx.delete(verdictPublications)), /append-only/);
    expect(await db.select().from(verdictPublications)).toMatchObject([{ action: 'publish', status: 'verified' }]);
  });

  it("refuses to UPDATE or DELETE a figure's history", async () => {
    const { db } = await setUp();
    const raw = (statement: ReturnType<typeof sql>) => db.transaction((tx) => executeRaw(tx, statement));
    await expectDatabaseError(raw(sql`UPDATE figure_events SET actor_id = NULL`), /append-only/);
    await expectDatabaseError(db.transaction((tx) => tx.update(figureEvents).set({ kind: 'figure_edited' })), /append-only/);
    await expectDatabaseError(raw(sql`DELETE FROM figure_events`), /append-only/);
    expect(await db.select({ kind: figureEvents.kind }).from(figureEvents)).toEqual([{ kind: 'figure_created' }]);
  });

  it.runIf(TEST_ENGINE === 'pg')('refuses TRUNCATE, which skips row triggers on PostgreSQL', async () => {
    const { db } = await setUp();
    for (const table of ['review_events', 'verdict_publications', 'account_events', 'figure_events']) {
      await expectDatabaseError(db.transaction((tx) => executeRaw(tx, sql.raw(`TRUNCATE ${table} CASCADE`))), /append-only/);
    }
    expect(await db.select().from(reviewEvents)).toHaveLength(4);
    expect(await db.select().from(accountEvents)).toHaveLength(0);
    expect(await db.select().from(figureEvents)).toHaveLength(1);
  });

  it('still accepts new rows', async () => {
    const { db } = await setUp();
    expect(await db.select().from(reviewEvents)).toHaveLength(4);
  });
});
