import { listPublicArticles } from '@/db/queries/public-verdicts';
import { importArticle } from '@/lib/articles/import-article';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const GET = apiRoute(async ({ db }) => ({ articles: await listPublicArticles(db) }));

export const POST = apiRoute(async ({ request, db, actor }) => {
  const result = await importArticle(db, actor, await readJsonObject(request), 'api');
  return Response.json(
    { slug: result.article.slug, created: result.created, claims: result.claims },
    { status: result.created ? 201 : 200 },
  );
});
