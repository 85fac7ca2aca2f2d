import { describe, expect, it } from 'vitest';
import { reviewClaim } from '@/lib/claims/review-claim';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { publishForTest } from '@/lib/testing/publish';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { listPublicVerdicts } from './list-public-verdicts';

describe('listPublicVerdicts', () => {
  it('lists current published verdicts newest first, filtered, paged, without withdrawn ones or drafts', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const a = await createTestArticle(db);
    const b = await createTestArticle(db);
    const publish = (claimId: number, status: string, explanation: string) => publishForTest(db, claimId, status, explanation, { editor });
    await publish(a.claims[0].id, 'verified', 'Public reason A');
    await publish(a.claims[1].id, 'disputed', 'Public reason B');
    await publish(b.claims[0].id, 'unverifiable', 'Public reason C');
    await unpublishVerdict(db, editor, { claimId: a.claims[1].id, note: 'Wrong figure' });
    // A later draft status is not what the public sees.
    await reviewClaim(db, editor, { claimId: b.claims[0].id, status: 'in_review', note: 'internal doubt', version: 2 });

    const all = await listPublicVerdicts(db, new URLSearchParams());
    expect(all.entries.map((e) => [e.verdict.claimId, e.verdict.status, e.verdict.explanation])).toEqual([
      [b.claims[0].id, 'unverifiable', 'Public reason C'],
      [a.claims[0].id, 'verified', 'Public reason A'],
    ]);
    expect(all.next).toBeNull();

    const first = await listPublicVerdicts(db, new URLSearchParams('limit=1'));
    expect(first.entries).toHaveLength(1);
    const second = await listPublicVerdicts(db, new URLSearchParams({ limit: '1', cursor: first.next! }));
    expect(second.entries.map((e) => e.verdict.claimId)).toEqual([a.claims[0].id]);

    expect((await listPublicVerdicts(db, new URLSearchParams('verdict=verified'))).entries).toHaveLength(1);
    expect((await listPublicVerdicts(db, new URLSearchParams('category=displacement'))).entries).toHaveLength(0);
    expect((await listPublicVerdicts(db, new URLSearchParams('category=casualties'))).entries).toHaveLength(2);
    await expect(listPublicVerdicts(db, new URLSearchParams('verdict=maybe'))).rejects.toThrow(/verdict: "maybe"/);
  });
});
