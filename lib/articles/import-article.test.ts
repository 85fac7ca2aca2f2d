import { describe, expect, it } from 'vitest';
import { articles, claims, reviewEvents } from '@/db/schema';
import { createTestDb, createTestUser } from '@/lib/testing/test-db';
import { importArticle, MAX_ARTICLE_CHARS } from './import-article';

const REPORT = [
  'Please enable JavaScript to view this page.',
  'قالت وزارة الصحة في بيان إن 27 شخصاً قتلوا وأصيب أكثر من 60 آخرين في القصف.',
  'وأعلنت الأمم المتحدة أن نحو 5 آلاف عائلة نزحت من المنطقة.',
].join('\n');

describe('importArticle', () => {
  it('stores the cleaned text, its claims as unreviewed, and the import in the history', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const result = await importArticle(db, editor, { text: REPORT, title: 'Strikes on the city', outlet: 'Example', published: '2024-01-05' }, 'web');
    expect(result.created).toBe(true);
    expect(result.article).toMatchObject({ slug: 'strikes-on-the-city', language: 'ar', importedBy: editor.id, publishedDate: '2024-01-05' });
    expect(result.article.body).not.toContain('JavaScript');

    const stored = (await db.select().from(claims));
    expect(stored.length).toBe(result.claims);
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const c of stored) {
      expect(c.status).toBe('unreviewed');
      expect(result.article.body.slice(c.start, c.end)).toBe(c.quote);
    }
    const kinds = (await db.select().from(reviewEvents)).map((e) => e.kind);
    expect(kinds.filter((k) => k === 'article_imported')).toHaveLength(1);
    expect(kinds.filter((k) => k === 'claim_created')).toHaveLength(stored.length);
  });

  it('finds the first import when the same text comes again', async () => {
    const db = await createTestDb();
    const first = await importArticle(db, 'cli', { text: REPORT, title: 'One' }, 'cli');
    const again = await importArticle(db, 'cli', { text: `${REPORT}\r\n`, title: 'Two' }, 'cli');
    expect(again).toMatchObject({ created: false, article: { id: first.article.id, title: 'One' } });
    expect((await db.select().from(articles))).toHaveLength(1);
  });

  it.each([
    ['empty text', '  \n ', /text: the article text is empty/],
    ['only scraper debris', 'Sorry, you need to enable JavaScript to visit this website.', /text: the article text is empty/],
    ['oversized text', 'أ'.repeat(MAX_ARTICLE_CHARS + 1), /limit is 200,000/],
    ['binary data', `\u0000\u0001PNG\uFFFD\uFFFD${'x'.repeat(20)}`, /does not look like text/],
  ])('refuses %s with a clear message and stores nothing', async (_, text, message) => {
    const db = await createTestDb();
    await expect(importArticle(db, 'cli', { text, title: 'T' }, 'cli')).rejects.toThrow(message);
    expect((await db.select().from(articles))).toHaveLength(0);
    expect((await db.select().from(reviewEvents))).toHaveLength(0);
  });

  it('refuses a checker and bad metadata', async () => {
    const db = await createTestDb();
    await expect(importArticle(db, await createTestUser(db, 'checker'), { text: REPORT, title: 'T' }, 'web')).rejects.toThrow(
      expect.objectContaining({ code: 'forbidden' }),
    );
    await expect(importArticle(db, 'cli', { text: REPORT, title: 'T', published: '22/09/2023' }, 'cli')).rejects.toThrow(
      /published: must be a date as YYYY-MM-DD/,
    );
    await expect(importArticle(db, 'cli', { text: REPORT, title: '' }, 'cli')).rejects.toThrow(/title: is required/);
    expect((await db.select().from(articles))).toHaveLength(0);
  });
});
