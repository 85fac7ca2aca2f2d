import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getArticleBySlug } from '@/db/queries/articles';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { articles, reviewEvents } from '@/db/schema';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { setArticleVisibility } from './set-article-visibility';

async function setUp() {
  const db = await createTestDb();
  const editor = await createTestUser(db, 'editor');
  const checker = await createTestUser(db, 'checker');
  const { articleId, claims } = await createTestArticle(db);
  const [{ slug }] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId));
  return { db, editor, checker, articleId, claimId: claims[0].id, slug };
}

describe(`article visibility (${TEST_ENGINE})`, () => {
  it('an editor marks an article public and unlists it again, each a history row', async () => {
    const { db, editor, checker, articleId, slug } = await setUp();
    await expect(setArticleVisibility(db, checker, { slug, action: 'make_public' })).rejects.toMatchObject({ code: 'forbidden' });
    await setArticleVisibility(db, editor, { slug, action: 'make_public' });
    expect(await getPublicArticle(db, slug)).not.toBeNull();
    await setArticleVisibility(db, editor, { slug, action: 'unlist' });
    expect(await getPublicArticle(db, slug)).toBeNull();
    const kinds = (await db.select().from(reviewEvents).where(eq(reviewEvents.articleId, articleId))).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'article_visibility_changed')).toHaveLength(2);
  });

  it('deletes only with a reason and no published verdict; the article is hidden, its history kept', async () => {
    const { db, editor, checker, articleId, claimId, slug } = await setUp();
    await expect(setArticleVisibility(db, editor, { slug, action: 'delete' })).rejects.toMatchObject({ fields: { reason: expect.any(String) } });
    await reviewClaim(db, checker, { claimId, status: 'unverifiable', note: 'n', explanation: 'x', version: 1 });
    await publishVerdict(db, editor, { claimId });
    await expect(setArticleVisibility(db, editor, { slug, action: 'delete', reason: 'Duplicate' })).rejects.toMatchObject({
      fields: { has_published_verdicts: expect.any(String) },
    });
    const fresh = await setUp();
    await setArticleVisibility(fresh.db, fresh.editor, { slug: fresh.slug, action: 'delete', reason: 'Duplicate import' });
    expect(await getArticleBySlug(fresh.db, fresh.slug)).toBeUndefined();
    expect(await getPublicArticle(fresh.db, fresh.slug)).toBeNull();
    const events = await fresh.db.select().from(reviewEvents).where(eq(reviewEvents.articleId, fresh.articleId));
    expect(events.map((e) => [e.kind, e.note])).toContainEqual(['article_deleted', 'Duplicate import']);
    expect(articleId).toBeGreaterThan(0);
  });
});
