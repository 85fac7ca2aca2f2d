import { editClaim } from '@/lib/claims/edit-claim';
import { getClaim } from '@/lib/claims/get-claim';
import { claimIdSchema } from '@/lib/claims/inputs';
import { parseInput } from '@/lib/errors';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) =>
  ({ claim: await getClaim(db, actor, parseInput(claimIdSchema, params.id)) }),
);

export const PATCH = apiRoute<{ id: string }>(async ({ request, db, actor, params }) => ({
  claim: await editClaim(db, actor, { ...(await readJsonObject(request)), claimId: params.id }),
}));
