import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(({ body, db, actor, params }) =>
  Response.json(
    { eventId: commentOnClaim(db, actor, { ...body, claimId: params.id }) },
    { status: 201 },
  ),
);
