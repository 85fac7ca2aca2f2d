'use server';
import { importArticle } from '@/lib/articles/import-article';
import { previewLink } from '@/lib/articles/preview-link';
import { runAction, runMutation } from '@/lib/http/action';

export async function importArticleAction(input: unknown) {
  return runMutation(async (db, actor) => {
    const { article, created, claims } = await importArticle(db, actor, input, 'web');
    return { slug: article.slug, created, claims };
  });
}

/** Fetches a pasted link and shows what would be imported; stores nothing. */
export async function previewLinkAction(input: unknown) {
  return runAction((_db, actor) => previewLink(actor, input));
}
