'use server';
import { setArticleVisibility } from '@/lib/articles/set-article-visibility';
import { runMutation } from '@/lib/http/action';

/** Mark public, unlist or delete: the use case checks the editor's role and every rule. */
export async function setArticleVisibilityAction(input: unknown) {
  return runMutation((db, actor) => setArticleVisibility(db, actor, input));
}
