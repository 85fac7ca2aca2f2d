import { publishVerdict } from '@/lib/claims/publish-verdict';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ request, db, actor, params }) =>
  Response.json(
    { publication: await publishVerdict(db, actor, { ...(await readJsonObject(request)), claimId: params.id }) },
    { status: 201 },
  ),
);
