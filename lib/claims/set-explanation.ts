import type { Claim } from '@/db/schema';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { explanationInput } from '@/lib/desk/desk-inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { moveClaimStats } from '@/db/queries/article-stats';
import { recordEvent } from './events';
import { assertFreshVersion, loadClaimForUpdate, updateClaim } from './load-claim';

/**
 * Sets the public explanation: the verdict's only text readers see (the rationale stays
 * internal). It bumps the version, so a published verdict whose explanation changed shows
 * as "changed since publication" until a correction goes out.
 */
export async function setExplanation(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:review');
  const { claimId, explanation, version } = parseInput(explanationInput, input);
  return db.transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    assertFreshVersion(claim, version);
    if (claim.explanation === explanation) throw new DomainError('invalid_input', 'explanation: is already this text', { explanation: 'is already this text' });
    const at = new Date();
    const updated = await updateClaim(tx, claim, { explanation }, at);
    await recordEvent(tx, {
      kind: 'explanation_changed',
      articleId: claim.articleId,
      claimId,
      actorId: actor.id,
      payload: { from: claim.explanation, to: explanation },
      at,
    });
    // The version moved: a published claim now reads as changed since publication.
    await moveClaimStats(tx, claim, updated);
    return updated;
  });
}
