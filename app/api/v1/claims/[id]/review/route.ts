import { reviewClaim } from '@/lib/claims/review-claim';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(({ body, db, actor, params }) => ({
  claim: reviewClaim(db, actor, { ...body, claimId: params.id }),
}));
