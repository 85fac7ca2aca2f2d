import { getClaimSuggestions } from '@/lib/figures-desk/get-suggestions';
import { apiRoute, claimIdParam } from '@/lib/http/api';

export const GET = apiRoute<{ id: string }>(async ({ db, actor, params }) => ({
  suggestions: await getClaimSuggestions(db, actor, claimIdParam(params.id)),
}));
