import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { apiTokens } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { idSchema } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordAccountEvent } from '@/lib/users/record-account-event';

const input = z.object({ tokenId: idSchema('a token id') });

/** Revokes one of the actor's own tokens; its next request gets 401. Someone else's is a 404. */
export async function revokeApiToken(db: Db, actor: Actor | null, raw: unknown): Promise<void> {
  assertCan(actor, 'tokens:manage');
  const { tokenId } = parseInput(input, raw);
  await db.transaction(async (tx) => {
    const at = new Date();
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: at })
      .where(and(eq(apiTokens.id, tokenId), eq(apiTokens.userId, actor.id), isNull(apiTokens.revokedAt)))
      .returning({ id: apiTokens.id, name: apiTokens.name });
    if (!row) throw new DomainError('not_found', `Token ${tokenId} does not exist or is already revoked.`);
    await recordAccountEvent(tx, { kind: 'token_revoked', userId: actor.id, actorId: actor.id, at, payload: { tokenId, name: row.name } });
  });
}
