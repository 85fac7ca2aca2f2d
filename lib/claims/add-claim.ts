import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { articles, claims, type Claim } from '@/db/schema';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { reindexClaim } from '@/db/search/write-index';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError, parseInput } from '@/lib/errors';
import { claimFieldsSchema, quoteAt } from './claim-fields';
import { recordEvent } from './events';
import { idSchema, optionalText } from './inputs';

export const addClaimInput = claimFieldsSchema.extend({
  articleId: idSchema('an article id'),
  note: optionalText(2000),
});
export type AddClaimInput = z.input<typeof addClaimInput>;

/** Adds a claim the extractor missed, from a span a reviewer selected in the article. */
export async function addClaim(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:edit');
  const { articleId, note, ...fields } = parseInput(addClaimInput, input);
  return db.transaction(async (tx) => {
      const [article] = await tx.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId));
      if (!article) throw new DomainError('not_found', `Article ${articleId} does not exist.`);
      const quote = quoteAt(article.body, fields.start, fields.end);
      const at = new Date();
      const [claim] = await tx
        .insert(claims)
        .values({
          articleId,
          ...fields,
          quote,
          mentions: [{ start: fields.start, end: fields.end }],
          origin: 'manual',
          createdAt: at,
          updatedAt: at,
        })
        .returning();
      await recordEvent(tx, {
        kind: 'claim_created',
        articleId,
        claimId: claim.id,
        actorId: actor.id,
        note,
        toStatus: 'unreviewed',
        payload: { origin: 'manual', ...fields, quote },
        at,
      });
      await refreshArticleStats(tx, articleId);
      await reindexClaim(tx, claim.id);
      return claim;
    });
}
