import type { Claim } from '@/db/schema';
import { moveClaimStats } from '@/db/queries/article-stats';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { reviewInputV2 } from '@/lib/desk/desk-inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { assertFreshVersion, loadClaimForUpdate, updateClaim } from './load-claim';
import { assertTransition, requiresRationale } from './status';

export const reviewClaimInput = reviewInputV2;

/**
 * Moves a claim to a new status with the reviewer's internal rationale, and logs it. The
 * public explanation may come with it (absent leaves it as it is); a change to it is a
 * history row of its own, in the same transaction.
 */
export async function reviewClaim(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:review');
  const { claimId, status, note, explanation, version } = parseInput(reviewInputV2, input);
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
    const explanationChanges = explanation !== undefined && explanation !== claim.explanation;
    const updated = await updateClaim(tx, claim, { status, rationale: note, ...(explanationChanges ? { explanation } : {}) }, at);
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
    if (explanationChanges) {
      await recordEvent(tx, {
        kind: 'explanation_changed',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        payload: { from: claim.explanation, to: explanation ?? null },
        at,
      });
    }
    await moveClaimStats(tx, claim, updated);
    return updated;
  });
}
