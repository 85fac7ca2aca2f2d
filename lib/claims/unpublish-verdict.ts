import { z } from 'zod';
import { verdictPublications, type VerdictPublication } from '@/db/schema';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { refreshArticlePublic } from '@/db/queries/article-visibility';
import type { Db } from '@/db/client';
import { appendRecord } from '@/db/chain/append';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { PublicationRefused, unmetWithdrawalRules } from '@/lib/desk/publication-rules';
import { parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { claimIdSchema, optionalText } from './inputs';
import { loadClaimForUpdate } from './load-claim';
import { loadSnapshot } from './load-snapshot';
import { invalidatePublic, type PublicChange } from '@/lib/public-cache';

export const unpublishInput = z.object({
  claimId: claimIdSchema,
  note: optionalText(2000),
});
export type UnpublishInput = z.input<typeof unpublishInput>;

/** Withdraws a claim's public verdict. The earlier publications stay on record. */
export async function unpublishVerdict(db: Db, actor: Actor | null, input: unknown, locale: 'ar' | 'en' = 'en'): Promise<VerdictPublication> {
  assertCan(actor, 'verdicts:publish');
  const { claimId, note } = parseInput(unpublishInput, input);
  let change: PublicChange | null = null;
  const withdrawn = await db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      // A withdrawal needs its reason: the public corrections log shows it with the date.
      const unmet = unmetWithdrawalRules(await loadSnapshot(tx, claim), note);
      if (unmet.length) throw new PublicationRefused(unmet, locale);
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
      await refreshArticleStats(tx, claim.articleId);
      await refreshArticlePublic(tx, claim.articleId);
      change = { kind: 'verdict-withdrawn', articleId: claim.articleId, figureId: claim.figureId };
      return row;
    });
  await invalidatePublic(db, change!);
  return withdrawn;
}
