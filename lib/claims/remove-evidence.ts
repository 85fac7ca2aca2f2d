import { and, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import { evidence, type Evidence } from '@/db/schema';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { reindexClaim } from '@/db/search/write-index';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError, parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { claimIdSchema, idSchema, optionalText } from './inputs';
import { loadClaimForUpdate } from './load-claim';

export const removeEvidenceInput = z.object({
  claimId: claimIdSchema,
  evidenceId: idSchema('an evidence id'),
  note: optionalText(2000),
});
export type RemoveEvidenceInput = z.input<typeof removeEvidenceInput>;

/** Withdraws a piece of evidence; the row stays so the history can still show what it was. */
export async function removeEvidence(db: Db, actor: Actor | null, input: unknown): Promise<Evidence> {
  assertCan(actor, 'evidence:write');
  const { claimId, evidenceId, note } = parseInput(removeEvidenceInput, input);
  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      const at = new Date();
      const [row] = await tx
        .update(evidence)
        .set({ removedAt: at, removedBy: actor.id })
        .where(and(eq(evidence.id, evidenceId), eq(evidence.claimId, claimId), isNull(evidence.removedAt)))
        .returning();
      if (!row) {
        throw new DomainError('not_found', `Evidence ${evidenceId} is not attached to claim ${claimId} (or was already removed).`);
      }
      await recordEvent(tx, {
        kind: 'evidence_removed',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        note,
        payload: { evidenceId, url: row.url, title: row.title, stance: row.stance },
        at,
      });
      await refreshArticleStats(tx, claim.articleId);
      // A withdrawn piece of evidence no longer finds the claim by its title.
      await reindexClaim(tx, claimId);
      return row;
    });
}
