import { z } from 'zod';
import { eq } from 'drizzle-orm';
import { claims, verdictPublications, type VerdictPublication } from '@/db/schema';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { refreshArticlePublic } from '@/db/queries/article-visibility';
import type { Db } from '@/db/client';
import { appendRecord } from '@/db/chain/append';
import { activeEvidence, isPublishedAsIs, latestPublication, snapshotEvidence } from '@/db/queries/publications';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { config } from '@/lib/config';
import { PublicationRefused, unmetPublicationRules } from '@/lib/desk/publication-rules';
import { DomainError, parseInput } from '@/lib/errors';
import { claimFieldsOf } from './claim-fields';
import { recordEvent } from './events';
import { claimIdSchema, optionalText, versionSchema } from './inputs';
import { assertFreshVersion, loadClaimForUpdate } from './load-claim';
import { loadSnapshot } from './load-snapshot';
import { isVerdict } from './status';
import { invalidatePublic, type PublicChange } from '@/lib/public-cache';

export const publishInput = z.object({
  claimId: claimIdSchema,
  /** The reason for a correction (required then), shown in the public corrections log. */
  note: optionalText(2000),
  /** Optional: when given, publishing what the editor did not see is refused. */
  version: versionSchema.optional(),
});
export type PublishInput = z.input<typeof publishInput>;

/**
 * Publishes the claim's current verdict and public explanation as an immutable snapshot,
 * only when every publication rule is met (lib/desk/publication-rules.ts); a refusal names
 * them all. Publishing again after a change is a correction: the public page shows the
 * newest one and lists the earlier ones with the reason given.
 */
export async function publishVerdict(db: Db, actor: Actor | null, input: unknown, locale: 'ar' | 'en' = 'en'): Promise<VerdictPublication> {
  assertCan(actor, 'verdicts:publish');
  const { claimId, note, version } = parseInput(publishInput, input);
  let change: PublicChange | null = null;
  const published = await db.transaction(async (tx) => {
    const claim = await loadClaimForUpdate(tx, claimId);
    assertFreshVersion(claim, version);
    const evidenceList = snapshotEvidence(await activeEvidence(tx, claimId));
    if (isPublishedAsIs(claim.contentVersion, evidenceList, await latestPublication(tx, claimId))) {
      throw new DomainError('conflict', `This verdict of claim ${claimId} is already published exactly as it stands.`);
    }
    const unmet = unmetPublicationRules(await loadSnapshot(tx, claim), actor.id, note, {
      requireSecondReviewer: config.requireSecondReviewer,
    });
    const status = claim.status;
    if (unmet.length || !isVerdict(status) || !claim.explanation) throw new PublicationRefused(unmet, locale);
    const at = new Date();
    const publication = await appendRecord(tx, verdictPublications, {
      claimId,
      action: 'publish',
      status,
      // The internal rationale is not part of what is published.
      rationale: null,
      explanation: claim.explanation,
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
    if (!claim.firstPublishedAt) {
      // Not a change of the claim (no new version): when it first went public, for /overview.
      await tx.update(claims).set({ firstPublishedAt: at }).where(eq(claims.id, claimId));
    }
    await refreshArticleStats(tx, claim.articleId);
    await refreshArticlePublic(tx, claim.articleId);
    change = { kind: 'verdict-published', articleId: claim.articleId, figureId: claim.figureId };
    return publication;
  });
  // After the commit: the cached public pages show the verdict from the next request on.
  await invalidatePublic(db, change!);
  return published;
}
