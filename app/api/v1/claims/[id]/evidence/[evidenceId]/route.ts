import { removeEvidence } from '@/lib/claims/remove-evidence';
import { apiRoute } from '@/lib/http/api';

export const DELETE = apiRoute<{ id: string; evidenceId: string }>(async ({ body, db, actor, params }) => ({
  evidence: await removeEvidence(db, actor, {
    ...body,
    claimId: params.id,
    evidenceId: params.evidenceId,
  }),
}));
