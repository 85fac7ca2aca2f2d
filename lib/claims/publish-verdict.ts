import { z } from 'zod';
import { verdictPublications, type VerdictPublication } from '@/db/schema';
import type { Db } from '@/db/client';
import { appendRecord } from '@/db/chain/append';
import { activeEvidence, isPublishedAsIs, latestPublication, snapshotEvidence } from '@/db/queries/publications';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError, parseInput } from '@/lib/errors';
import { claimFieldsOf } from './claim-fields';
import { recordEvent } from './events';
import { claimIdSchema, optionalText, versionSchema } from './inputs';
import { assertFreshVersion, loadClaimForUpdate } from './load-claim';
import { isVerdict } from './status';

export const publishInput = z.object({
  claimId: claimIdSchema,
  note: optionalText(2000),
  /** Optional: when given, publishing what the editor did not see is refused. */
  version: versionSchema.optional(),
});
export type PublishInput = z.input<typeof publishInput>;

/**
 * Publishes the claim's current verdict as an immutable snapshot. Publishing again after a
 * change is a correction: the public page shows the newest one and lists the earlier ones.
 */
export async function publishVerdict(db: Db, actor: Actor | null, input: unknown): Promise<VerdictPublication> {
  assertCan(actor, 'verdicts:publish');
  const { claimId, note, version } = parseInput(publishInput, input);
  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      assertFreshVersion(claim, version);
      const status = claim.status;
      if (!isVerdict(status)) {
        throw new DomainError(
          'invalid_transition',
          `Only a verified, disputed or unverifiable claim can be published; claim ${claimId} is ${status}.`,
        );
      }
      const evidenceList = snapshotEvidence(await activeEvidence(tx, claimId));
      if (isPublishedAsIs(claim.version, evidenceList, await latestPublication(tx, claimId))) {
        throw new DomainError('conflict', `This verdict of claim ${claimId} is already published exactly as it stands.`);
      }
      const at = new Date();
      const publication = await appendRecord(tx, verdictPublications, {
          claimId,
          action: 'publish',
          status,
          rationale: claim.rationale,
          claim: claimFieldsOf(claim),
          evidence: evidenceList,
          claimVersion: claim.version,
          note,
          publishedBy: actor.id,
          publishedAt: at,
        });
      await recordEvent(tx, {
        kind: 'verdict_published',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        note,
        toStatus: status,
        payload: { publicationId: publication.id, status, evidenceCount: evidenceList.length },
        at,
      });
      return publication;
    });
}
