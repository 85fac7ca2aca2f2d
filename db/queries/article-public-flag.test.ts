import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { queryRaw, type Db } from '@/db/client';
import { articles } from '@/db/schema';
import { setArticleVisibility } from '@/lib/articles/set-article-visibility';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { DomainError } from '@/lib/errors';
import { publishForTest } from '@/lib/testing/publish';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { articleIsPublicDefinitionSql } from './article-visibility';
import { listArticlePage } from './article-page';
import { getPublicArticle } from './public-verdicts';

/** Every article's maintained flag beside what the definition says of it now. */
async function flagsAndDefinition(db: Db) {
  const rows = await db
    .select({ id: articles.id, flag: articles.isPublic, definition: sql<unknown>`${articleIsPublicDefinitionSql()}` })
    .from(articles)
    .orderBy(articles.id);
  return rows.map((r) => ({ id: r.id, flag: Boolean(r.flag), definition: Boolean(Number(r.definition) || r.definition === true) }));
}

/** A small deterministic generator, so a failing history can be replayed. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

describe(`articles.is_public, the maintained public flag (${TEST_ENGINE})`, () => {
  it('equals its definition after every step of a random desk history', async () => {
    const db = await createTestDb();
    const [checker, editor] = [await createTestUser(db, 'checker'), await createTestUser(db, 'editor')];
    const desk = [await createTestArticle(db), await createTestArticle(db), await createTestArticle(db)];
    const slugs = new Map((await db.select({ id: articles.id, slug: articles.slug }).from(articles)).map((a) => [a.id, a.slug]));
    const published = new Set<number>();
    const random = rng(20261207);
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    const seen = new Set<string>();
    const flagValues = new Set<boolean>();
    for (let step = 0; step < 24; step++) {
      const { articleId, claims } = pick(desk);
      const slug = slugs.get(articleId)!;
      const claim = pick(claims);
      const op = pick(['publish', 'publish', 'withdraw', 'make_public', 'unlist', 'delete'] as const);
      try {
        if (op === 'publish' && !published.has(claim.id)) {
          await publishForTest(db, claim.id, 'verified', 'مصدر مستقل يؤكد الرقم.', { checker, editor });
          published.add(claim.id);
        } else if (op === 'withdraw' && published.has(claim.id)) {
          await unpublishVerdict(db, editor, { claimId: claim.id, note: 'سُحب للتحقق من مصدر ثانٍ.' });
          published.delete(claim.id);
        } else if (op === 'make_public' || op === 'unlist' || op === 'delete') {
          await setArticleVisibility(db, editor, { slug, action: op, reason: op === 'delete' ? 'نُشر خطأً' : undefined });
        }
        seen.add(op);
      } catch (error) {
        // A refusal (unlisting what is not marked, deleting with a verdict public) changes nothing.
        if (!(error instanceof DomainError)) throw error;
      }
      const rows = await flagsAndDefinition(db);
      expect(rows.map((r) => r.flag), `after step ${step} (${op})`).toEqual(rows.map((r) => r.definition));
      for (const r of rows) flagValues.add(r.flag);
    }
    // The history went through every kind of change the flag depends on.
    expect([...seen].sort()).toEqual(['delete', 'make_public', 'publish', 'unlist', 'withdraw']);
    // And articles were both public and not public along the way.
    expect([...flagValues].sort()).toEqual([false, true]);
  });

  it('is what the public list and the public page read', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const { articleId } = await createTestArticle(db);
    const [row] = await queryRaw<{ slug: string }>(db, sql`SELECT slug FROM articles WHERE id = ${articleId}`);
    const publicSlugs = async () => (await listArticlePage(db, { publicOnly: true })).rows.map((r) => r.slug);
    expect(await publicSlugs()).toEqual([]);
    expect(await getPublicArticle(db, row.slug)).toBeNull();

    await setArticleVisibility(db, editor, { slug: row.slug, action: 'make_public' });
    expect(await publicSlugs()).toEqual([row.slug]);
    expect((await getPublicArticle(db, row.slug))?.article.slug).toBe(row.slug);

    await setArticleVisibility(db, editor, { slug: row.slug, action: 'unlist' });
    expect(await publicSlugs()).toEqual([]);
    expect(await getPublicArticle(db, row.slug)).toBeNull();
  });
});
