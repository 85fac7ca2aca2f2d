import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { articles, type Claim } from '@/db/schema';
import { moveClaimStats } from '@/db/queries/article-stats';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError, parseInput } from '@/lib/errors';
import { claimFieldsSchema, quoteAt } from './claim-fields';
import { recordEvent, type EventPayloads } from './events';
import { claimIdSchema, optionalText, versionSchema } from './inputs';
import { assertFreshVersion, loadClaimForUpdate, updateClaim } from './load-claim';

export const editClaimInput = claimFieldsSchema.partial().extend({
  claimId: claimIdSchema,
  version: versionSchema,
  note: optionalText(2000),
});
export type EditClaimInput = z.input<typeof editClaimInput>;

type Changes = EventPayloads['claim_edited']['changes'];

/** Corrects what the extractor got wrong: value, qualifier, counted, category, claimant, span. */
export async function editClaim(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:edit');
  const { claimId, version, note, ...fields } = parseInput(editClaimInput, input);
  return db.transaction(async (tx) => {
      const claim = await loadClaimForUpdate(tx, claimId);
      assertFreshVersion(claim, version);
      const next = { ...fields };
      const start = fields.start ?? claim.start;
      const end = fields.end ?? claim.end;
      const set: Partial<Claim> = {};
      const changes: Changes = {};
      if (start !== claim.start || end !== claim.end) {
        const [{ body }] = await tx.select({ body: articles.body }).from(articles).where(eq(articles.id, claim.articleId));
        const quote = quoteAt(body, start, end);
        Object.assign(set, {
          start,
          end,
          quote,
          // The old first mention was the span being corrected; the repetitions stay.
          mentions: [{ start, end }, ...claim.mentions.filter((m) => m.start !== claim.start || m.end !== claim.end)],
        });
        changes.start = { from: claim.start, to: start };
        changes.end = { from: claim.end, to: end };
        changes.quote = { from: claim.quote, to: quote };
      }
      delete next.start;
      delete next.end;
      for (const [key, value] of Object.entries(next) as [keyof typeof next, unknown][]) {
        if (value === undefined || value === claim[key]) continue;
        Object.assign(set, { [key]: value });
        changes[key] = { from: claim[key], to: value };
      }
      if (Object.keys(changes).length === 0) {
        throw new DomainError('invalid_input', 'Nothing to change: every field you sent already has that value.');
      }
      const at = new Date();
      const updated = await updateClaim(tx, claim, set, at);
      await recordEvent(tx, {
        kind: 'claim_edited',
        articleId: claim.articleId,
        claimId,
        actorId: actor.id,
        note,
        payload: { changes },
        at,
      });
      await moveClaimStats(tx, claim, updated);
      return updated;
    });
}
