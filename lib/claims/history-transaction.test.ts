import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { claims, evidence, reviewEvents, verdictPublications } from '@/db/schema';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { addEvidence } from './add-evidence';
import { publishVerdict } from './publish-verdict';
import { reviewClaim } from './review-claim';

/** Makes every history insert fail, as a full disk or a bug in the event writer would. */
function breakHistoryWrites(db: ReturnType<typeof createTestDb>) {
  db.$client.exec(`CREATE TRIGGER fail_history BEFORE INSERT ON review_events
    BEGIN SELECT RAISE(ABORT, 'history write failed'); END;`);
}

describe('a change and its history row are one transaction', () => {
  it('leaves the claim untouched when its status-change event cannot be written', () => {
    const db = createTestDb();
    const checker = createTestUser(db, 'checker');
    const claimId = createTestArticle(db).claims[0].id;
    breakHistoryWrites(db);
    expect(() => reviewClaim(db, checker, { claimId, status: 'disputed', note: 'Toll revised', version: 1 })).toThrow(
      /history write failed/,
    );
    expect(db.select().from(claims).where(eq(claims.id, claimId)).get()).toMatchObject({
      status: 'unreviewed',
      rationale: null,
      version: 1,
    });
    expect(db.select().from(reviewEvents).all()).toHaveLength(0);
  });

  it('stores no evidence when the evidence event cannot be written', () => {
    const db = createTestDb();
    const checker = createTestUser(db, 'checker');
    const claimId = createTestArticle(db).claims[0].id;
    breakHistoryWrites(db);
    expect(() =>
      addEvidence(db, checker, { claimId, url: 'https://reliefweb.int/report', stance: 'supports' }),
    ).toThrow(/history write failed/);
    expect(db.select().from(evidence).all()).toHaveLength(0);
  });

  it('publishes nothing when the publication event cannot be written', () => {
    const db = createTestDb();
    const editor = createTestUser(db, 'editor');
    const claimId = createTestArticle(db).claims[0].id;
    reviewClaim(db, editor, { claimId, status: 'verified', note: 'Confirmed', version: 1 });
    breakHistoryWrites(db);
    expect(() => publishVerdict(db, editor, { claimId })).toThrow(/history write failed/);
    expect(db.select().from(verdictPublications).all()).toHaveLength(0);
  });
});
