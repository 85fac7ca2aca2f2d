import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { claims, figures, suggestionRejections } from '@/db/schema';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordEvent } from '@/lib/claims/events';
import { claimIdSchema, idSchema } from '@/lib/claims/inputs';
import { loadClaimForUpdate } from '@/lib/claims/load-claim';
import { DomainError, parseInput } from '@/lib/errors';

export const rejectSuggestionInput = z
  .object({
    claimId: claimIdSchema,
    figureId: idSchema('a figure id').optional(),
    rejectClaimId: idSchema('a claim id').optional(),
  })
  .refine((v) => (v.figureId === undefined) !== (v.rejectClaimId === undefined), {
    message: 'give exactly one of figureId and claimId',
    path: ['figureId'],
  });

/** Remembers that a suggestion does not fit this claim, so it is never proposed again. */
export async function rejectSuggestion(db: Db, actor: Actor | null, input: unknown): Promise<{ rejected: true }> {
  assertCan(actor, 'claims:review');
  const { claimId, figureId, rejectClaimId } = parseInput(rejectSuggestionInput, input);
  return db.transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    const target = figureId
      ? await tx.select({ id: figures.id }).from(figures).where(eq(figures.id, figureId))
      : await tx.select({ id: claims.id }).from(claims).where(eq(claims.id, rejectClaimId!));
    if (!target.length) throw new DomainError('not_found', `${figureId ? 'Figure' : 'Claim'} ${figureId ?? rejectClaimId} does not exist.`);
    const same = await tx
      .select({ id: suggestionRejections.id })
      .from(suggestionRejections)
      .where(
        and(
          eq(suggestionRejections.claimId, claimId),
          figureId ? eq(suggestionRejections.figureId, figureId) : eq(suggestionRejections.rejectedClaimId, rejectClaimId!),
        ),
      );
    if (same.length) return { rejected: true };
    const at = new Date();
    await tx.insert(suggestionRejections).values({ claimId, figureId: figureId ?? null, rejectedClaimId: rejectClaimId ?? null, rejectedBy: actor.id, rejectedAt: at });
    await recordEvent(tx, {
      kind: 'suggestion_rejected',
      articleId: claim.articleId,
      claimId,
      actorId: actor.id,
      payload: { figureId: figureId ?? null, claimId: rejectClaimId ?? null },
      at,
    });
    return { rejected: true };
  });
}
