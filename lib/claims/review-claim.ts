import { z } from 'zod';
import { CLAIM_STATUSES, type Claim } from '@/db/schema';
import { refreshArticleStats } from '@/db/queries/article-stats';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError, parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { assertFreshVersion, loadClaimForUpdate, updateClaim } from './load-claim';
import { claimIdSchema, optionalText, versionSchema } from './inputs';
import { assertTransition, requiresRationale } from './status';

export const reviewClaimInput = z.object({
  claimId: claimIdSchema,
  status: z.enum(CLAIM_STATUSES, { error: `must be one of: ${CLAIM_STATUSES.join(', ')}` }),
  note: optionalText(5000),
  version: versionSchema,
});
export type ReviewClaimInput = z.input<typeof reviewClaimInput>;

/** Moves a claim to a new status with the reviewer's rationale, and logs it. */
export async function reviewClaim(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:review');
  const { claimId, status, note, version } = parseInput(reviewClaimInput, input);
  if (requiresRationale(status) && !note) {
    throw new DomainError('invalid_input', `note: a rationale is required to mark a claim ${status}`, {
      note: `A rationale is required to mark a claim ${status}.`,
    });
  }

  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      assertFreshVersion(claim, version);
      assertTransition(claim.status, status);
      const at = new Date();
      const updated = await updateClaim(tx, claim, { status, rationale: note }, at);
      await recordEvent(tx, {
        kind: 'status_changed',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        fromStatus: claim.status,
        toStatus: status,
        note,
        payload: {},
        at,
      });
      await refreshArticleStats(tx, claim.articleId);
      return updated;
    });
}
