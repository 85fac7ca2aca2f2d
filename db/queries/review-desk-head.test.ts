import { describe, expect, it } from 'vitest';
import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { getDeskClaims } from './review-desk';

describe(`the review desk's history head (${TEST_ENGINE})`, () => {
  it('is the id of each claim\'s newest event, and moves when one is added', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const { articleId, claims } = await createTestArticle(db);
    const head = async (id: number) => (await getDeskClaims(db, articleId)).claims.find((c) => c.id === id)!.historyHead;
    const before = await head(claims[0].id);
    await commentOnClaim(db, checker, { claimId: claims[0].id, note: 'مصدر ثانٍ' });
    const after = await head(claims[0].id);
    expect(after).toBeGreaterThan(before);
    expect(await head(claims[1].id)).toBeLessThan(after);
  });
});
