import { apiRoute } from '@/lib/http/api';
import { createApiToken } from '@/lib/tokens/create-api-token';
import { listApiTokens } from '@/lib/tokens/list-api-tokens';

export const GET = apiRoute(async ({ db, actor }) => ({ tokens: await listApiTokens(db, actor) }));

/** `{name, scope}` → `{id, token}`: the only answer that ever holds the secret. */
export const POST = apiRoute(async ({ db, actor, body }) => Response.json(await createApiToken(db, actor, body), { status: 201 }));
