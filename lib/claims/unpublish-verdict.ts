import { z } from 'zod';
import { verdictPublications, type VerdictPublication } from '@/db/schema';
import type { Db } from '@/db/client';
import { appendRecord } from '@/db/chain/append';
import { latestPublication } from '@/db/queries/publications';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError, parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { claimIdSchema, optionalText } from './inputs';
import { loadClaimForUpdate } from './load-claim';

export const unpublishInput = z.object({
  claimId: claimIdSchema,
  note: optionalText(2000),
});
export type UnpublishInput = z.input<typeof unpublishInput>;

/** Withdraws a claim's public verdict. The earlier publications stay on record. */
export async function unpublishVerdict(db: Db, actor: Actor | null, input: unknown): Promise<VerdictPublication> {
  assertCan(actor, 'verdicts:publish');
  const { claimId, note } = parseInput(unpublishInput, input);
  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      const previous = await latestPublication(tx, claimId);
      if (previous?.action !== 'publish') {
        throw new DomainError('invalid_transition', `Claim ${claimId} has no published verdict to withdraw.`);
      }
      const at = new Date();
      const row = await appendRecord(tx, verdictPublications, {
          claimId,
          action: 'unpublish',
          claimVersion: claim.version,
          note,
          publishedBy: actor.id,
          publishedAt: at,
        });
      await recordEvent(tx, {
        kind: 'verdict_unpublished',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        note,
        payload: { publicationId: row.id },
        at,
      });
      return row;
    });
}
