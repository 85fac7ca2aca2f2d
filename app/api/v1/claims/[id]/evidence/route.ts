import { addEvidence } from '@/lib/claims/add-evidence';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ request, db, actor, params }) =>
  Response.json(
    { evidence: await addEvidence(db, actor, { ...(await readJsonObject(request)), claimId: params.id }) },
    { status: 201 },
  ),
);
