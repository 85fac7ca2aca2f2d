import { setExplanation } from '@/lib/claims/set-explanation';
import { editClaim } from '@/lib/claims/edit-claim';
import { getClaim } from '@/lib/claims/get-claim';
import { apiRoute, claimIdParam } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) =>
  ({ claim: await getClaim(db, actor, claimIdParam(params.id)) }),
);

/** `{explanation, version}` sets the public explanation; any other fields correct the claim. */
export const PATCH = apiRoute<{ id: string }>(async ({ body, db, actor, params }) => ({
  claim:
    'explanation' in body
      ? await setExplanation(db, actor, { ...body, claimId: params.id })
      : await editClaim(db, actor, { ...body, claimId: params.id }),
}));
