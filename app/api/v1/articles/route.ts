import { listPublicArticles } from '@/db/queries/public-verdicts';
import { importFromLink } from '@/lib/articles/import-from-link';
import { ARTICLE_PAGE_SIZE } from '@/db/queries/article-page';
import { pageRequestOf } from '@/lib/http/page-params';
import { importArticle } from '@/lib/articles/import-article';
import { config } from '@/lib/config';
import { apiRoute } from '@/lib/http/api';

// Keyset pages of ARTICLE_PAGE_SIZE; `next`/`prev` are the cursors to pass back as ?after= / ?before=.
export const GET = apiRoute(async ({ db, request }) => {
  const page = await listPublicArticles(db, pageRequestOf(new URL(request.url).searchParams));
  return { articles: page.rows, next: page.next, prev: page.prev, pageSize: ARTICLE_PAGE_SIZE };
});

// A whole article is larger than any other request: it has its own limit (ISNAD_IMPORT_BODY_LIMIT).
// `{url}` in place of `{text}`: the server fetches the page and imports what it extracts.
export const POST = apiRoute(async ({ body, db, actor }) => {
  const result = body.text === undefined && body.url !== undefined ? await importFromLink(db, actor, body) : await importArticle(db, actor, body, 'api');
  return Response.json(
    { slug: result.article.slug, created: result.created, claims: result.claims },
    { status: result.created ? 201 : 200 },
  );
}, { bodyLimit: config.importBodyLimit });
