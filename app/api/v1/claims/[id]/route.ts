import { editClaim } from '@/lib/claims/edit-claim';
import { getClaim } from '@/lib/claims/get-claim';
import { apiRoute, claimIdParam } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(({ db, actor, params }) =>
  ({ claim: getClaim(db, actor, claimIdParam(params.id)) }),
);

export const PATCH = apiRoute<{ id: string }>(({ body, db, actor, params }) => ({
  claim: editClaim(db, actor, { ...body, claimId: params.id }),
}));
