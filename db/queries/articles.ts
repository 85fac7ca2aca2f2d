import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { articles, type Article } from '../schema';

export async function getArticleBySlug(db: Db, slug: string): Promise<Article | undefined> {
  const [row] = await db.select().from(articles).where(eq(articles.slug, slug)).limit(1);
  return row;
}

/** Article headers without their bodies, newest first. */
export async function listArticleHeaders(db: Db) {
  return db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.url,
      language: articles.language,
      publishedDate: articles.publishedDate,
      importedAt: articles.importedAt,
    })
    .from(articles)
    .orderBy(desc(articles.importedAt), desc(articles.id));
}
export type ArticleHeader = Awaited<ReturnType<typeof listArticleHeaders>>[number];
