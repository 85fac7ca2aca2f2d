import { getClaimHistory } from '@/lib/claims/get-claim';
import { claimIdSchema } from '@/lib/claims/inputs';
import { parseInput } from '@/lib/errors';
import { apiRoute } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => ({
  events: await getClaimHistory(db, actor, parseInput(claimIdSchema, params.id)),
}));
