import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { articles, claims, verdictPublications } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { reindexArticle } from '@/db/search/write-index';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { refreshArticlePublic } from '@/db/queries/article-visibility';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { optionalText } from '@/lib/claims/inputs';
import { recordEvent } from '@/lib/claims/events';
import { ARTICLE_ACTIONS, unmetArticleRules } from '@/lib/desk/article-visibility';
import { DomainError, parseInput } from '@/lib/errors';
import { invalidatePublic } from '@/lib/public-cache';

export const articleVisibilityInput = z.object({
  slug: z.string().trim().min(1).max(80),
  action: z.enum(ARTICLE_ACTIONS, { error: `must be one of: ${ARTICLE_ACTIONS.join(', ')}` }),
  reason: optionalText(2000),
});

/** Claims of the article whose newest publication row is a 'publish': what the public sees now. */
async function publishedVerdicts(tx: Tx, articleId: number): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)` })
    .from(verdictPublications)
    .innerJoin(claims, eq(claims.id, verdictPublications.claimId))
    .where(
      and(
        eq(claims.articleId, articleId),
        eq(verdictPublications.action, 'publish'),
        sql`${verdictPublications.id} = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = ${claims.id})`,
      ),
    );
  return Number(row?.n ?? 0);
}

/**
 * An editor marks an article public, unlists it (undoing "mark public"), or deletes it while
 * none of its verdicts is public. A deletion only sets deleted_at: the rows and the history
 * stay, and the deletion is a history row with its reason.
 */
export async function setArticleVisibility(db: Db, actor: Actor | null, input: unknown) {
  assertCan(actor, 'articles:manage');
  const { slug, action, reason } = parseInput(articleVisibilityInput, input);
  let articleId = 0;
  const result = await db.transaction(async (tx) => {
    // Locks the row on PostgreSQL (a no-op update elsewhere), so two editors act one after the other.
    const [article] = await tx.update(articles).set({ slug }).where(eq(articles.slug, slug)).returning();
    if (!article) throw new DomainError('not_found', `There is no article "${slug}".`);
    const state = { visibility: article.visibility, deletedAt: article.deletedAt, publishedVerdicts: await publishedVerdicts(tx, article.id) };
    const unmet = unmetArticleRules(state, action, reason);
    if (unmet.length) {
      throw new DomainError('invalid_transition', unmet.map((r) => r.message.en).join(' '), Object.fromEntries(unmet.map((r) => [r.code, r.message.en])));
    }
    articleId = article.id;
    const at = new Date();
    if (action === 'delete') {
      await tx.update(articles).set({ deletedAt: at }).where(eq(articles.id, article.id));
      await recordEvent(tx, { kind: 'article_deleted', articleId: article.id, claimId: null, actorId: actor.id, note: reason, payload: {}, at });
      // A deleted article and its claims leave the desk search with the deletion.
      await reindexArticle(tx, article.id);
      // Its claims leave the desk's totals (/overview) with it.
      await refreshArticleStats(tx, article.id);
    } else {
      const to = action === 'make_public' ? 'public' : 'auto';
      await tx.update(articles).set({ visibility: to }).where(eq(articles.id, article.id));
      await recordEvent(tx, {
        kind: 'article_visibility_changed',
        articleId: article.id,
        claimId: null,
        actorId: actor.id,
        note: reason,
        payload: { from: article.visibility, to },
        at,
      });
    }
    await refreshArticlePublic(tx, article.id);
    const [after] = await tx.select().from(articles).where(eq(articles.id, article.id));
    return { slug: after.slug, visibility: after.visibility, deletedAt: after.deletedAt };
  });
  // Whether the public page exists at all changed (a deletion, an unlisting, a publication).
  await invalidatePublic(db, { kind: 'article-visibility-changed', articleId });
  return result;
}
