import { removeEvidence } from '@/lib/claims/remove-evidence';
import { apiRoute } from '@/lib/http/api';

export const DELETE = apiRoute<{ id: string; evidenceId: string }>(({ body, db, actor, params }) => ({
  evidence: removeEvidence(db, actor, {
    ...body,
    claimId: params.id,
    evidenceId: params.evidenceId,
  }),
}));
