import { describe, expect, it } from 'vitest';
import { reviewClaim } from '@/lib/claims/review-claim';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { listActivity } from './list-activity';

describe('listActivity', () => {
  it('pages the desk history newest first and filters by person, article and kind', async () => {
    const db = await createTestDb();
    const [alice, bob] = [await createTestUser(db, 'checker'), await createTestUser(db, 'editor')];
    const a = await createTestArticle(db);
    const b = await createTestArticle(db);
    await reviewClaim(db, alice, { claimId: a.claims[0].id, status: 'in_review', version: 1 });
    await reviewClaim(db, bob, { claimId: b.claims[0].id, status: 'in_review', version: 1 });
    await reviewClaim(db, alice, { claimId: b.claims[1].id, status: 'in_review', note: 'looking', version: 1 });

    const first = await listActivity(db, alice, new URLSearchParams(), 2);
    expect(first.events.map((e) => [e.actorName, e.claimId])).toEqual([
      [alice.name, b.claims[1].id],
      [bob.name, b.claims[0].id],
    ]);
    expect(first.next).not.toBeNull();
    const second = await listActivity(db, alice, new URLSearchParams({ cursor: first.next! }), 2);
    expect(second.events.map((e) => e.claimId)).toEqual([a.claims[0].id]);
    expect(second.next).toBeNull();

    const mine = await listActivity(db, alice, new URLSearchParams({ person: String(alice.id) }));
    expect(mine.events).toHaveLength(2);
    const slugB = (await listActivity(db, alice, new URLSearchParams())).events.find((e) => e.claimId === b.claims[0].id)!.articleSlug;
    const ofB = await listActivity(db, alice, new URLSearchParams({ article: slugB, kind: 'status_changed' }));
    expect(ofB.events.map((e) => e.actorId)).toEqual([alice.id, bob.id]);
    expect(ofB.events[0]).toMatchObject({ note: 'looking', claimQuote: '500 عائلة' });
  });

  it('refuses anonymous readers and bad filters', async () => {
    const db = await createTestDb();
    await expect(listActivity(db, null, new URLSearchParams())).rejects.toThrow(expect.objectContaining({ code: 'unauthorized' }));
    const checker = await createTestUser(db, 'checker');
    await expect(listActivity(db, checker, new URLSearchParams('kind=nope'))).rejects.toThrow(/kind: "nope"/);
    await expect(listActivity(db, checker, new URLSearchParams('cursor=zzz'))).rejects.toThrow(/cursor/);
  });
});
