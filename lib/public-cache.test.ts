import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectDatabase, openDatabase, type Db } from '@/db/client';
import { listenForPublicChanges, type PublicCacheMessage } from '@/db/public-cache-channel';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { articles, claims } from '@/db/schema';
import { setArticleVisibility } from '@/lib/articles/set-article-visibility';
import type { Actor } from '@/lib/auth/permissions';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { createFigure } from '@/lib/figures-desk/create-figure';
import { linkClaimFigure } from '@/lib/figures-desk/link-claim-figure';
import { publishForTest } from '@/lib/testing/publish';
import { createTestArticle, createTestDatabase, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { onTestFinished } from 'vitest';
import { ALL_PUBLIC_TAG, articleTag, figureTag, SERVER_ID, tagsForChange, VERDICT_LISTS_TAG } from './public-cache';

describe('which public pages a change makes stale', () => {
  const slugs = { article: 'talks', figures: ['aid-trucks'] };
  it.each([
    ['verdict-published', { kind: 'verdict-published', articleId: 1, figureId: 2 }, [articleTag('talks'), VERDICT_LISTS_TAG, figureTag('aid-trucks')]],
    ['verdict-withdrawn', { kind: 'verdict-withdrawn', articleId: 1, figureId: 2 }, [articleTag('talks'), VERDICT_LISTS_TAG, figureTag('aid-trucks')]],
    ['article-visibility-changed', { kind: 'article-visibility-changed', articleId: 1 }, [articleTag('talks'), VERDICT_LISTS_TAG, figureTag('aid-trucks')]],
    ['article-edited', { kind: 'article-edited', articleId: 1 }, [articleTag('talks')]],
    ['figure-linked', { kind: 'figure-linked', articleId: 1, figureIds: [2, null] }, [articleTag('talks'), figureTag('aid-trucks')]],
  ] as const)('%s', (_, change, tags) => {
    expect(tagsForChange(change, slugs).sort()).toEqual([...tags].sort());
  });

  it('names no article page when the article is gone, and never the tag of every page', () => {
    expect(tagsForChange({ kind: 'article-edited', articleId: 1 }, { article: null, figures: [] })).toEqual([]);
    expect(tagsForChange({ kind: 'verdict-published', articleId: 1, figureId: null }, slugs)).not.toContain(ALL_PUBLIC_TAG);
  });
});

describe('use cases expire the public pages after their transaction committed', () => {
  let db: Db;
  let url: string;
  let editor: Actor;
  let slug: string;
  let articleId: number;
  let claimId: number;
  /** What each expiry was called with, and what a fresh read saw at that moment. */
  let expiries: { tags: string[]; publicVerdicts: number | null }[];
  const HOOK = Symbol.for('isnad.publicCache');
  let pendingReads: Promise<unknown>[] = [];

  beforeEach(async () => {
    url = await createTestDatabase(TEST_ENGINE);
    db = TEST_ENGINE === 'pg' ? connectDatabase(url) : await openDatabase(url);
    // The stand-in's reads below may still run when a test ends: the handle closes after them.
    const reads: Promise<unknown>[] = [];
    pendingReads = reads;
    onTestFinished(async () => {
      await Promise.allSettled(reads);
      await db.close();
    });
    editor = await createTestUser(db, 'editor');
    const created = await createTestArticle(db);
    articleId = created.articleId;
    claimId = created.claims[0].id;
    slug = (await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, articleId)))[0].slug;
    expiries = [];
    // Stands in for lib/public/cache-handler.cjs: reads through the handle's own (reader)
    // connection, which sees committed rows only.
    (globalThis as Record<symbol, unknown>)[HOOK] = {
      expire: (tags: string[]) => {
        const seen = getPublicArticle(db, slug).then((a) => a?.verdicts.length ?? null);
        pendingReads.push(seen);
        expiries.push({ tags, publicVerdicts: null });
        const entry = expiries.at(-1)!;
        void seen.then((n) => (entry.publicVerdicts = n));
      },
    };
  });
  afterEach(() => {
    delete (globalThis as Record<symbol, unknown>)[HOOK];
  });

  it('a publication and a withdrawal expire the article page and the verdict lists, with the change already visible', async () => {
    await publishForTest(db, claimId, 'false', 'The figure is wrong.');
    await new Promise((r) => setTimeout(r, 50));
    expect(expiries).toHaveLength(1);
    expect(expiries[0].tags).toEqual(expect.arrayContaining([articleTag(slug), VERDICT_LISTS_TAG]));
    expect(expiries[0].publicVerdicts).toBe(1);

    await unpublishVerdict(db, editor, { claimId, note: 'Withdrawn pending a new source.' });
    await new Promise((r) => setTimeout(r, 50));
    expect(expiries).toHaveLength(2);
    expect(expiries[1].tags).toContain(articleTag(slug));
    expect(expiries[1].publicVerdicts).toBe(0);
  });

  it('a refused change expires nothing', async () => {
    await expect(publishVerdict(db, editor, { claimId })).rejects.toThrow();
    await expect(setArticleVisibility(db, editor, { slug, action: 'delete' })).rejects.toThrow();
    expect(expiries).toEqual([]);
  });

  it('marking an article public and linking a claim to a figure expire their pages', async () => {
    await setArticleVisibility(db, editor, { slug, action: 'make_public', reason: 'A reader asked for it.' });
    expect(expiries.at(-1)!.tags).toEqual(expect.arrayContaining([articleTag(slug), VERDICT_LISTS_TAG]));
    const checker = await createTestUser(db, 'checker');
    const figure = await createFigure(db, checker, { title_en: 'Aid trucks', category: 'aid', counted: 'trucks' });
    const [{ version }] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, claimId));
    await linkClaimFigure(db, checker, { claimId, figureId: figure.id, version });
    expect(expiries.at(-1)!.tags).toEqual(expect.arrayContaining([articleTag(slug), figureTag(figure.slug)]));
  });

  it.runIf(TEST_ENGINE === 'pg')('on PostgreSQL the tags reach every listening server through NOTIFY', async () => {
    const heard: PublicCacheMessage[] = [];
    const listener = listenForPublicChanges(url, (m) => heard.push(m), () => undefined);
    onTestFinished(() => listener.stop());
    // The LISTEN is issued on connect: wait until a probe notification comes back.
    const deadline = Date.now() + 5000;
    const probe = connectDatabase(url);
    onTestFinished(() => probe.close());
    const { notifyPublicChange } = await import('@/db/public-cache-channel');
    while (!heard.length && Date.now() < deadline) {
      await notifyPublicChange(probe, { from: 'probe', tags: ['probe'] });
      await new Promise((r) => setTimeout(r, 100));
    }
    heard.length = 0;
    await publishForTest(db, claimId, 'false', 'The figure is wrong.');
    while (!heard.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(heard[0]).toEqual({ from: SERVER_ID, tags: expect.arrayContaining([articleTag(slug), VERDICT_LISTS_TAG]) });
  });
});
