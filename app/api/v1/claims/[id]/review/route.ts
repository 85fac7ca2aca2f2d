import { reviewClaim } from '@/lib/claims/review-claim';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) => ({
  claim: await reviewClaim(db, actor, { ...body, claimId: params.id }),
}));
