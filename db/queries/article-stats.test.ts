import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { articleStats, deskCounts } from '@/db/schema';
import { editClaim } from '@/lib/claims/edit-claim';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { setExplanation } from '@/lib/claims/set-explanation';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { refreshArticleStats } from './article-stats';

/** The article's row and the desk-wide counts as stored, the maps' key order aside. */
async function stored(db: Db, articleId: number) {
  const [row] = await db.select().from(articleStats).where(eq(articleStats.articleId, articleId));
  const counts = Object.fromEntries((await db.select().from(deskCounts)).filter((c) => c.n !== 0).map((c) => [c.key, c.n]));
  return { byStatus: row.byStatus, byVerdict: row.byVerdict, byCategory: row.byCategory, published: row.published, changed: row.changed, counts };
}

/** The counters maintained by each change equal a recount of the article from its claims. */
async function expectEqualToRecount(db: Db, articleId: number) {
  const maintained = await stored(db, articleId);
  await db.transaction((tx) => refreshArticleStats(tx, articleId));
  expect(maintained).toEqual(await stored(db, articleId));
  return maintained;
}

describe('article_stats moved by one claim\'s change', () => {
  it('equals a recount after reviews, edits, a category change and an explanation, published or not', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const editor = await createTestUser(db, 'editor');
    const { articleId, claims: [killed, families] } = await createTestArticle(db);

    let k = await reviewClaim(db, checker, { claimId: killed.id, status: 'unverifiable', note: 'No list exists.', explanation: 'No list can say.', version: killed.version });
    expect((await expectEqualToRecount(db, articleId)).byStatus).toMatchObject({ unverifiable: 1 });
    await publishVerdict(db, editor, { claimId: killed.id });
    k = (await db.query.claims.findFirst({ where: (c, { eq: is }) => is(c.id, killed.id) }))!;
    expect(await expectEqualToRecount(db, articleId)).toMatchObject({ published: 1, changed: 0 });

    // Editing a published claim makes it changed since publication; editing it again keeps it so.
    k = await editClaim(db, editor, { claimId: k.id, version: k.version, claimant: 'وزارة الصحة في غزة' });
    expect(await expectEqualToRecount(db, articleId)).toMatchObject({ published: 1, changed: 1 });
    k = await editClaim(db, editor, { claimId: k.id, version: k.version, category: 'displacement' });
    const afterCategory = await expectEqualToRecount(db, articleId);
    expect(afterCategory.byCategory).toEqual({ displacement: 2 });
    expect(afterCategory.counts).toMatchObject({ 'category:displacement': 2 });
    expect(afterCategory.counts['category:casualties']).toBeUndefined();
    k = await setExplanation(db, editor, { claimId: k.id, version: k.version, explanation: 'No list can say so.' });
    expect(await expectEqualToRecount(db, articleId)).toMatchObject({ changed: 1 });

    // An unpublished claim: its status and category move, nothing published does.
    let f = await editClaim(db, editor, { claimId: families.id, version: families.version, category: 'casualties', value: 501 });
    f = await reviewClaim(db, checker, { claimId: f.id, status: 'false', note: 'The agency said 50.', explanation: 'The agency said 50.', version: f.version });
    expect(await expectEqualToRecount(db, articleId)).toMatchObject({
      byStatus: { unverifiable: 1, false: 1 },
      byCategory: { displacement: 1, casualties: 1 },
      published: 1,
      changed: 1,
    });
    expect(f.status).toBe('false');
  });
});
