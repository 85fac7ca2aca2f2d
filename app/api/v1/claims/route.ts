import { listDeskClaims } from '@/lib/claims/list-claims';
import { apiRoute } from '@/lib/http/api';

/** `GET /api/v1/claims?status=&verdict=&…&queue=&cursor=&limit=` → `{claims, next}`. */
export const GET = apiRoute(async ({ db, actor, request }) => {
  const { claims, next } = await listDeskClaims(db, actor, new URL(request.url).searchParams);
  return { claims, next };
});
