import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { executeRaw, type Db } from '@/db/client';
import { claims, evidence, reviewEvents, verdictPublications } from '@/db/schema';
import { expectDatabaseError } from '@/lib/testing/database-error';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { addEvidence } from './add-evidence';
import { publishVerdict } from './publish-verdict';
import { reviewClaim } from './review-claim';

/** Makes every history insert fail, as a full disk or a bug in the event writer would. */
async function breakHistoryWrites(db: Db) {
  const statements =
    db.engine === 'pg'
      ? [
          sql`CREATE FUNCTION fail_history() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'history write failed'; END; $$`,
          sql`CREATE TRIGGER fail_history BEFORE INSERT ON review_events FOR EACH ROW EXECUTE FUNCTION fail_history()`,
        ]
      : [sql`CREATE TRIGGER fail_history BEFORE INSERT ON review_events BEGIN SELECT RAISE(ABORT, 'history write failed'); END`];
  await db.transaction(async (tx) => {
    for (const statement of statements) await executeRaw(tx, statement);
  });
}

describe('a change and its history row are one transaction', () => {
  it('leaves the claim untouched when its status-change event cannot be written', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const claimId = (await createTestArticle(db)).claims[0].id;
    await breakHistoryWrites(db);
    await expectDatabaseError(reviewClaim(db, checker, { claimId, status: 'disputed', note: 'Toll revised', version: 1 }), /history write failed/);
    expect((await db.select().from(claims).where(eq(claims.id, claimId)))[0]).toMatchObject({
      status: 'unreviewed',
      rationale: null,
      version: 1,
    });
    expect((await db.select().from(reviewEvents))).toHaveLength(0);
  });

  it('stores no evidence when the evidence event cannot be written', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const claimId = (await createTestArticle(db)).claims[0].id;
    await breakHistoryWrites(db);
    await expectDatabaseError(addEvidence(db, checker, { claimId, url: 'https://reliefweb.int/report', stance: 'supports' }), /history write failed/);
    expect((await db.select().from(evidence))).toHaveLength(0);
  });

  it('publishes nothing when the publication event cannot be written', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const claimId = (await createTestArticle(db)).claims[0].id;
    await reviewClaim(db, checker, { claimId, status: 'unverifiable', note: 'Confirmed', explanation: 'No access.', version: 1 });
    await breakHistoryWrites(db);
    await expectDatabaseError(publishVerdict(db, editor, { claimId }), /history write failed/);
    expect((await db.select().from(verdictPublications))).toHaveLength(0);
  });
});
