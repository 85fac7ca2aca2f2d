import { z } from 'zod';
import type { Db } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { safeString } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordAccountEvent } from '@/lib/users/record-account-event';
import { TOKEN_SCOPES } from '@/lib/vocabulary';
import { hashTokenSecret, newTokenSecret } from './token-secret';

const input = z.object({
  name: safeString({ error: 'is required' }).trim().min(1, 'is required').max(100, 'must be at most 100 characters'),
  scope: z.enum(TOKEN_SCOPES, { error: 'must be read or write' }),
}).strict();

/**
 * Creates an API token for the acting editor or admin. The secret is returned here once and
 * never again: only its hash is stored.
 */
export async function createApiToken(db: Db, actor: (Actor & { tokenId?: number }) | null, raw: unknown): Promise<{ id: number; token: string }> {
  assertCan(actor, 'tokens:manage');
  // A leaked token must not be able to mint others that outlive its own revocation.
  if (actor.tokenId) throw new DomainError('forbidden', 'Create API tokens while signed in, not with another token.');
  const { name, scope } = parseInput(input, raw);
  const token = newTokenSecret();
  const at = new Date();
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({ userId: actor.id, name, scope, tokenHash: hashTokenSecret(token), createdAt: at })
      .returning({ id: apiTokens.id });
    await recordAccountEvent(tx, { kind: 'token_created', userId: actor.id, actorId: actor.id, at, payload: { tokenId: row.id, name, scope } });
    return row.id;
  });
  return { id, token };
}
