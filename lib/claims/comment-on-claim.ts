import { z } from 'zod';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { claimIdSchema, safeString } from './inputs';
import { loadClaimForUpdate } from './load-claim';

export const commentInput = z.object({
  claimId: claimIdSchema,
  note: safeString({ error: 'is required' }).trim().min(1, 'must not be empty').max(5000, 'must be at most 5000 characters'),
});
export type CommentInput = z.input<typeof commentInput>;

/** A note for colleagues on the desk; it changes nothing but the history. */
export async function commentOnClaim(db: Db, actor: Actor | null, input: unknown): Promise<number> {
  assertCan(actor, 'claims:comment');
  const { claimId, note } = parseInput(commentInput, input);
  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      return await recordEvent(tx, {
        kind: 'comment',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        note,
        payload: {},
      });
    });
}
