import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { apiRoute } from '@/lib/http/api';

export const POST = apiRoute<{ id: string }>(({ body, db, actor, params }) => ({
  publication: unpublishVerdict(db, actor, { ...body, claimId: params.id }),
}));
