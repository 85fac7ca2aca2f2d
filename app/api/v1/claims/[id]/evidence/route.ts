import { addEvidence } from '@/lib/claims/add-evidence';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) =>
  Response.json(
    { evidence: await addEvidence(db, actor, { ...body, claimId: params.id }) },
    { status: 201 },
  ),
);
