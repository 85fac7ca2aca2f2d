import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { articles, type Article } from '../schema';

/** A deleted article is hidden everywhere, the desk included; its rows and history stay. */
export async function getArticleBySlug(db: Db, slug: string): Promise<Article | undefined> {
  const [row] = await db.select().from(articles).where(and(eq(articles.slug, slug), isNull(articles.deletedAt))).limit(1);
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
    .where(isNull(articles.deletedAt))
    .orderBy(desc(articles.importedAt), desc(articles.id));
}
export type ArticleHeader = Awaited<ReturnType<typeof listArticleHeaders>>[number];
