import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { claims, reviewEvents } from '@/db/schema';
import type { Db } from '@/db/client';
import type { Actor } from '@/lib/auth/permissions';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { reviewClaim } from './review-claim';

let db: Db;
let checker: Actor;
let claimId: number;

beforeEach(async () => {
  db = await createTestDb();
  checker = await createTestUser(db, 'checker');
  claimId = (await createTestArticle(db)).claims[0].id;
});

const claimRow = async () => (await db.select().from(claims).where(eq(claims.id, claimId)))[0]!;
const history = async () => (await db.select().from(reviewEvents).where(eq(reviewEvents.claimId, claimId)));

describe('reviewClaim', () => {
  it('sets the status and rationale, bumps the version and records who did it', async () => {
    const updated = await reviewClaim(db, checker, { claimId, status: 'disputed', note: 'Ministry later said 9.', version: 1 });
    expect(updated).toMatchObject({ status: 'disputed', rationale: 'Ministry later said 9.', version: 2 });
    expect(await history()).toMatchObject([
      { kind: 'status_changed', actorId: checker.id, fromStatus: 'unreviewed', toStatus: 'disputed', note: 'Ministry later said 9.' },
    ]);
  });

  it('refuses a verdict without a rationale and names the field', async () => {
    await expect(reviewClaim(db, checker, { claimId, status: 'verified', note: '   ', version: 1 })).rejects.toThrow(
      /note: a rationale is required/,
    );
    expect(await claimRow()).toMatchObject({ status: 'unreviewed', version: 1 });
    expect(await history()).toHaveLength(0);
  });

  it('allows opening a review without a note', async () => {
    expect((await reviewClaim(db, checker, { claimId, status: 'in_review', version: 1 })).status).toBe('in_review');
  });

  it('refuses a stale version with a conflict and keeps the other reviewer’s decision', async () => {
    await reviewClaim(db, checker, { claimId, status: 'verified', note: 'Matches the OCHA report.', version: 1 });
    const other = await createTestUser(db, 'checker');
    await expect(reviewClaim(db, other, { claimId, status: 'disputed', note: 'I disagree', version: 1 })).rejects.toThrow(
      expect.objectContaining({ code: 'conflict', status: 409 }),
    );
    expect(await claimRow()).toMatchObject({ status: 'verified', rationale: 'Matches the OCHA report.', version: 2 });
    expect(await history()).toHaveLength(1);
  });

  it('lets exactly one of two simultaneous reviews of the same version through, on either engine', async () => {
    const other = await createTestUser(db, 'checker');
    const results = await Promise.allSettled([
      reviewClaim(db, checker, { claimId, status: 'verified', note: 'Matches the OCHA report.', version: 1 }),
      reviewClaim(db, other, { claimId, status: 'disputed', note: 'The ministry revised it.', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'conflict', status: 409 });
    expect(await claimRow()).toMatchObject({ version: 2 });
    expect(await history()).toHaveLength(1);
  });

  it('refuses an unknown status value with a message listing the valid ones', async () => {
    await expect(reviewClaim(db, checker, { claimId, status: 'true' as never, note: 'x', version: 1 })).rejects.toThrow(/status: must be one of: unreviewed, in_review/);
  });

  it('answers not_found for a claim that does not exist', async () => {
    await expect(reviewClaim(db, checker, { claimId: 9999, status: 'in_review', version: 1 })).rejects.toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
});
