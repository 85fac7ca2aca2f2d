import { describe, expect, it } from 'vitest';
import { addEvidence } from '@/lib/claims/add-evidence';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { seedBench } from '../seed/bench-seed';
import { decodeCursor, listArticlePage } from './article-page';
import { refreshArticleStats } from './article-stats';

describe('article counters kept by the use cases', () => {
  it('follow review, publication, a change after publication and a withdrawal', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const { articleId, claims } = await createTestArticle(db);
    const claimId = claims[0].id;
    const row = async () => (await listArticlePage(db)).rows.find((r) => r.id === articleId)!;
    expect(await row()).toMatchObject({ total: 2, judged: 0, published: 0, byStatus: { unreviewed: 2 } });

    const checker = await createTestUser(db, 'checker');
    await addEvidence(db, checker, { claimId, url: 'https://example.org/source', stance: 'supports' });
    await reviewClaim(db, checker, { claimId, status: 'verified', note: 'ok', explanation: 'Two hospitals confirm it.', version: 1 });
    expect(await row()).toMatchObject({ judged: 1, byStatus: { unreviewed: 1, verified: 1 } });
    await publishVerdict(db, editor, { claimId });
    expect(await row()).toMatchObject({ published: 1, changedSincePublication: 0, byVerdict: { verified: 1 } });
    await addEvidence(db, editor, { claimId, url: 'https://example.org/new', stance: 'supports' });
    expect(await row()).toMatchObject({ published: 1, changedSincePublication: 1 });
    await unpublishVerdict(db, editor, { claimId, note: 'Withdrawn.' });
    expect(await row()).toMatchObject({ published: 0, changedSincePublication: 0, byVerdict: { verified: 0 } });
  });
});

describe('keyset pages of articles', () => {
  it('walk forward and back without gaps or repeats, newest first', async () => {
    const db = await createTestDb();
    await seedBench(db, { articles: 7, claims: 14, events: 60 });
    const seen: string[] = [];
    let page = await listArticlePage(db, { limit: 3 });
    expect(page.prev).toBeNull();
    const pages = [page];
    while (page.next) {
      page = await listArticlePage(db, { after: page.next, limit: 3 });
      pages.push(page);
    }
    for (const p of pages) seen.push(...p.rows.map((r) => r.slug));
    expect(seen).toEqual(['bench-7', 'bench-6', 'bench-5', 'bench-4', 'bench-3', 'bench-2', 'bench-1']);
    expect(pages.map((p) => p.rows.length)).toEqual([3, 3, 1]);
    const back = await listArticlePage(db, { before: pages[2].prev, limit: 3 });
    expect(back.rows.map((r) => r.slug)).toEqual(['bench-4', 'bench-3', 'bench-2']);
    expect(back.next).not.toBeNull();
    const first = await listArticlePage(db, { before: back.prev, limit: 3 });
    expect(first.rows.map((r) => r.slug)).toEqual(['bench-7', 'bench-6', 'bench-5']);
    expect(first.prev).toBeNull();
  });

  it('treats a forged cursor as the first page', async () => {
    expect(decodeCursor('not a cursor')).toBeNull();
    expect(decodeCursor(Buffer.from("1; drop table articles").toString('base64url'))).toBeNull();
  });

  it('the seeded counters agree with a recomputation', async () => {
    const db = await createTestDb();
    await seedBench(db, { articles: 4, claims: 200, events: 1500 });
    for (const r of (await listArticlePage(db)).rows) {
      const again = await db.transaction((tx) => refreshArticleStats(tx, r.id));
      const after = (await listArticlePage(db)).rows.find((x) => x.id === r.id)!;
      expect({ ...after, importedAt: 0 }).toEqual({ ...r, importedAt: 0 });
      expect(again.published).toBe(r.published);
    }
  });
});
