import { editClaim } from '@/lib/claims/edit-claim';
import { getClaim } from '@/lib/claims/get-claim';
import { apiRoute, claimIdParam } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) =>
  ({ claim: await getClaim(db, actor, claimIdParam(params.id)) }),
);

export const PATCH = apiRoute<{ id: string }>(async ({ body, db, actor, params }) => ({
  claim: await editClaim(db, actor, { ...body, claimId: params.id }),
}));
