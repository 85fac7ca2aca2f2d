import { z } from 'zod';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordEvent } from '@/lib/claims/events';
import { claimIdSchema, idSchema } from '@/lib/claims/inputs';
import { loadClaimForUpdate } from '@/lib/claims/load-claim';
import { DomainError, parseInput } from '@/lib/errors';
import { earlierVerdicts } from './claim-checks';

export const reuseEarlierVerdictInput = z.object({ claimId: claimIdSchema, fromClaimId: idSchema('a claim id') });

/**
 * Copies an earlier verdict into the claim's history as a starting point. The claim's status
 * does not change: it still needs its own review before anything is published.
 */
export async function reuseEarlierVerdict(db: Db, actor: Actor | null, input: unknown): Promise<{ reused: true }> {
  assertCan(actor, 'claims:review');
  const { claimId, fromClaimId } = parseInput(reuseEarlierVerdictInput, input);
  return db.transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    const earlier = (await earlierVerdicts(tx, claim)).find((v) => v.claimId === fromClaimId);
    if (!earlier) {
      throw new DomainError('invalid_input', `fromClaimId: claim ${fromClaimId} is not an earlier verdict on this claim's figure, claimant and value.`, {
        fromClaimId: 'is not an earlier verdict for this claim',
      });
    }
    await recordEvent(tx, {
      kind: 'verdict_reused',
      articleId: claim.articleId,
      claimId,
      actorId: actor.id,
      note: earlier.rationale,
      payload: { fromClaimId, status: earlier.status, rationale: earlier.rationale, articleId: earlier.article.id },
    });
    return { reused: true };
  });
}
