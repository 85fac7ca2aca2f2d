import { removeEvidence } from '@/lib/claims/remove-evidence';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const DELETE = apiRoute<{ id: string; evidenceId: string }>(async ({ request, db, actor, params }) => ({
  evidence: await removeEvidence(db, actor, {
    ...(await readJsonObject(request)),
    claimId: params.id,
    evidenceId: params.evidenceId,
  }),
}));
