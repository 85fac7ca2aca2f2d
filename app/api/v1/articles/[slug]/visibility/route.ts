import { setArticleVisibility } from '@/lib/articles/set-article-visibility';
import { apiRoute } from '@/lib/http/api';

/** `{action: make_public | unlist | delete, reason?}` (a deletion needs its reason). */
export const POST = apiRoute<{ slug: string }>(async ({ body, db, actor, params }) => ({
  article: await setArticleVisibility(db, actor, { ...body, slug: params.slug }),
}));
