import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { reviewEvents, verdictPublications } from '@/db/schema';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';

function setUp() {
  const db = createTestDb();
  const editor = createTestUser(db, 'editor');
  const claimId = createTestArticle(db).claims[0].id;
  reviewClaim(db, editor, { claimId, status: 'verified', note: 'Confirmed by two hospitals.', version: 1 });
  publishVerdict(db, editor, { claimId });
  return { db, claimId };
}

describe('the database keeps history append-only', () => {
  it('refuses to UPDATE or DELETE a review event, even through raw SQL', () => {
    const { db, claimId } = setUp();
    const sqlite = db.$client;
    expect(() => sqlite.prepare("UPDATE review_events SET note = 'rewritten'").run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM review_events').run()).toThrow(/append-only/);
    expect(() => db.delete(reviewEvents).where(eq(reviewEvents.claimId, claimId)).run()).toThrow(/append-only/);
    const notes = db.select({ note: reviewEvents.note }).from(reviewEvents).all().map((r) => r.note);
    expect(notes).toContain('Confirmed by two hospitals.');
  });

  it('refuses to UPDATE or DELETE a published verdict', () => {
    const { db } = setUp();
    expect(() => db.update(verdictPublications).set({ status: 'disputed' }).run()).toThrow(/append-only/);
    expect(() => db.delete(verdictPublications).run()).toThrow(/append-only/);
    expect(db.select().from(verdictPublications).all()).toMatchObject([{ action: 'publish', status: 'verified' }]);
  });

  it('still accepts new rows', () => {
    const { db } = setUp();
    expect(db.select().from(reviewEvents).all().length).toBe(2);
  });
});
