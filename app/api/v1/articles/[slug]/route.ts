import { getArticle } from '@/lib/articles/get-article';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute<{ slug: string }>(({ db, actor, params }) => getArticle(db, actor, params.slug));
