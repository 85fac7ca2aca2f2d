import { apiRoute } from '@/lib/http/api';
import { revokeApiToken } from '@/lib/tokens/revoke-api-token';

export const DELETE = apiRoute<{ id: string }>(async ({ db, actor, params }) => {
  await revokeApiToken(db, actor, { tokenId: params.id });
  return { revoked: true };
});
