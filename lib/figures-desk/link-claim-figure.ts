import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { figures, type Claim } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordEvent } from '@/lib/claims/events';
import { claimIdSchema, idSchema, versionSchema } from '@/lib/claims/inputs';
import { assertFreshVersion, loadClaimForUpdate, updateClaim } from '@/lib/claims/load-claim';
import { DomainError, parseInput } from '@/lib/errors';
import { invalidatePublic, type PublicChange } from '@/lib/public-cache';

export const linkClaimFigureInput = z.object({
  claimId: claimIdSchema,
  figureId: idSchema('a figure id').nullable(),
  version: versionSchema,
  /** The checker accepted a suggestion (kept in the history, for measuring suggestions). */
  suggested: z.boolean().optional().default(false),
});

/** Links a claim to a figure, moves it to another, or (figureId null) unlinks it; logged. */
export async function linkClaimFigure(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:review');
  const { claimId, figureId, version, suggested } = parseInput(linkClaimFigureInput, input);
  let change: PublicChange | null = null;
  const linked = await db.transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    assertFreshVersion(claim, version);
    if (claim.figureId === figureId) return claim;
    if (figureId !== null && !(await tx.select({ id: figures.id }).from(figures).where(eq(figures.id, figureId))).length) {
      throw new DomainError('not_found', `Figure ${figureId} does not exist.`, { figureId: 'does not exist' });
    }
    const at = new Date();
    const updated = await updateClaim(tx, claim, { figureId }, at);
    if (figureId === null) {
      await recordEvent(tx, { kind: 'figure_unlinked', articleId: claim.articleId, claimId, actorId: actor.id, payload: { figureId: claim.figureId! }, at });
    } else {
      await recordEvent(tx, {
        kind: 'figure_linked',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        payload: { figureId, previousFigureId: claim.figureId, suggested },
        at,
      });
    }
    change = { kind: 'figure-linked', articleId: claim.articleId, figureIds: [claim.figureId, figureId] };
    return updated;
  });
  // The article's page links the figure of a published verdict; both figures' pages list it.
  if (change) await invalidatePublic(db, change);
  return linked;
}
