import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { apiRoute, readJsonObject } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ request, db, actor, params }) => ({
  publication: await unpublishVerdict(db, actor, { ...(await readJsonObject(request)), claimId: params.id }),
}));
