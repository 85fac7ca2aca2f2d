import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) =>
  Response.json(
    { eventId: await commentOnClaim(db, actor, { ...body, claimId: params.id }) },
    { status: 201 },
  ),
);
