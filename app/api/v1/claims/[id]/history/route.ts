import { getClaimHistory } from '@/lib/claims/get-claim';
import { apiRoute, claimIdParam } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => ({
  events: await getClaimHistory(db, actor, claimIdParam(params.id)),
}));
