'use server';
import { importArticle } from '@/lib/articles/import-article';
import { runMutation } from '@/lib/http/action';

export async function importArticleAction(input: unknown) {
  return runMutation(async (db, actor) => {
    const { article, created, claims } = await importArticle(db, actor, input, 'web');
    return { slug: article.slug, created, claims };
  });
}
