import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(async ({ body, db, actor, params }) => ({
  publication: await unpublishVerdict(db, actor, { ...body, claimId: params.id }),
}));
