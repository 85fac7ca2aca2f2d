import { getClaimHistory } from '@/lib/claims/get-claim';
import { apiRoute, claimIdParam } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(({ db, actor, params }) => ({
  events: getClaimHistory(db, actor, claimIdParam(params.id)),
}));
