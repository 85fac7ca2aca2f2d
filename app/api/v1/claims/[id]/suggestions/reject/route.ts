import { rejectSuggestion } from '@/lib/figures-desk/reject-suggestion';
import { apiRoute } from '@/lib/http/api';

// The body names the rejected suggestion as `figureId` or `claimId`; the path names the claim.
export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) =>
  rejectSuggestion(db, actor, { claimId: params.id, figureId: body.figureId, rejectClaimId: body.claimId }),
);
