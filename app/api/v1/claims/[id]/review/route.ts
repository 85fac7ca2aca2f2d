import { reviewClaim } from '@/lib/claims/review-claim';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ request, db, actor, params }) => ({
  claim: await reviewClaim(db, actor, { ...(await readJsonObject(request)), claimId: params.id }),
}));
