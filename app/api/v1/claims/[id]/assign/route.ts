import { assignClaim } from '@/lib/claims/assign-claim';
import { apiRoute } from '@/lib/http/api';

/** `{assignee: userId | null, version}`. */
export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) => ({
  claim: await assignClaim(db, actor, { ...body, claimId: params.id }),
}));
