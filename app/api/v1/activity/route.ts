import { listActivity } from '@/lib/desk/list-activity';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute(async ({ db, actor, request }) => {
  const { events, next } = await listActivity(db, actor, new URL(request.url).searchParams);
  return { events, next };
});
