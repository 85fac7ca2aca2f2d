import { publishVerdict } from '@/lib/claims/publish-verdict';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) =>
  Response.json(
    { publication: await publishVerdict(db, actor, { ...body, claimId: params.id }) },
    { status: 201 },
  ),
);
