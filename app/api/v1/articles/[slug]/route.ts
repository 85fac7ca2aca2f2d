import { getArticle } from '@/lib/articles/get-article';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute<{ slug: string }>(async ({ db, actor, params }) => getArticle(db, actor, params.slug));
