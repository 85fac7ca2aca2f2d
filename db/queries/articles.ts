import { desc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { articles, type Article } from '../schema';

export function getArticleBySlug(db: Db, slug: string): Article | undefined {
  return db.select().from(articles).where(eq(articles.slug, slug)).get();
}

/** Article headers without their bodies, newest first. */
export function listArticleHeaders(db: Db) {
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
    .orderBy(desc(articles.importedAt), desc(articles.id))
    .all();
}
export type ArticleHeader = ReturnType<typeof listArticleHeaders>[number];
