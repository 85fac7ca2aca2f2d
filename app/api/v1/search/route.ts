import { apiRoute } from '@/lib/http/api';
import { searchDesk } from '@/lib/desk/search-desk';

/**
 * GET /api/v1/search?q=&in=&before= (signed in; a read-only token suffices): `{articles,
 * claims, next, limits}`, each snippet with the [start, end) offsets of its matches.
 */
export const GET = apiRoute(async ({ db, actor, request }) => {
  const { q, articles, claims, next, limits } = await searchDesk(db, actor, new URL(request.url).searchParams);
  return { q, articles, claims, next, limits };
});
