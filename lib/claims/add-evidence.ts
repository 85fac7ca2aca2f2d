import { z } from 'zod';
import { evidence, STANCES, type Evidence } from '@/db/schema';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { reindexClaim } from '@/db/search/write-index';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { claimIdSchema, httpUrl, optionalText } from './inputs';
import { loadClaimForUpdate } from './load-claim';

export const addEvidenceInput = z.object({
  claimId: claimIdSchema,
  url: httpUrl,
  title: optionalText(300),
  stance: z.enum(STANCES, { error: `must be one of: ${STANCES.join(', ')}` }),
  note: optionalText(2000),
});
export type AddEvidenceInput = z.input<typeof addEvidenceInput>;

export async function addEvidence(db: Db, actor: Actor | null, input: unknown): Promise<Evidence> {
  assertCan(actor, 'evidence:write');
  const { claimId, url, title, stance, note } = parseInput(addEvidenceInput, input);
  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      const at = new Date();
      const [row] = await tx
        .insert(evidence)
        .values({ claimId, url, title, stance, note, addedBy: actor.id, addedAt: at })
        .returning();
      await recordEvent(tx, {
        kind: 'evidence_added',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        payload: { evidenceId: row.id, url, title, stance, note },
        at,
      });
      await refreshArticleStats(tx, claim.articleId);
      // The evidence title is searchable.
      await reindexClaim(tx, claimId);
      return row;
    });
}
