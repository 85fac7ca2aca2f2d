import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ request, db, actor, params }) =>
  Response.json(
    { eventId: await commentOnClaim(db, actor, { ...(await readJsonObject(request)), claimId: params.id }) },
    { status: 201 },
  ),
);
