import { asc, eq } from 'drizzle-orm';
import { claims } from '@/db/schema';
import type { Db } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { bulkInput, type BulkResult } from '@/lib/desk/desk-inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { assertAssignable, assignInTx } from './assign-claim';
import { refreshArticleStats } from '@/db/queries/article-stats';
import { recordEvent } from './events';
import { loadClaimForUpdate, updateClaim } from './load-claim';
import { allowedNextStatuses } from './status';

/**
 * One action on a selection: assign, dismiss with one reason, or set in review. All in one
 * transaction, each claim with its own history row. A claim the action does not apply to
 * (already dismissed, a published verdict that cannot be dismissed) is listed as refused
 * and left as it is; the others change.
 */
export async function bulkClaims(db: Db, actor: Actor | null, input: unknown): Promise<BulkResult> {
  assertCan(actor, 'claims:review');
  const parsed = parseInput(bulkInput, input);
  if (parsed.action === 'assign') assertCan(actor, 'claims:assign');
  return db.transaction(async (tx) => {
    if (parsed.action === 'assign') await assertAssignable(tx, parsed.assignee);
    const result: BulkResult = { done: [], refused: [] };
    // Articles whose claims changed status: their list counters are refreshed once, below.
    const touched = new Set<number>();
    // In id order, so two bulk actions over overlapping selections lock rows in the same order.
    for (const id of [...parsed.ids].sort((a, b) => a - b)) {
      let claim;
      try {
        claim = await loadClaimForUpdate(tx, id);
      } catch (e) {
        if (e instanceof DomainError) {
          result.refused.push({ id, code: e.code, message: e.message });
          continue;
        }
        throw e;
      }
      if (parsed.action === 'assign') {
        await assignInTx(tx, actor, claim, parsed.assignee, true);
        result.done.push(id);
        continue;
      }
      const to = parsed.action === 'dismiss' ? 'dismissed' : 'in_review';
      if (!allowedNextStatuses(claim.status).includes(to)) {
        result.refused.push({ id, code: 'invalid_transition', message: `A claim that is ${claim.status} cannot become ${to}.` });
        continue;
      }
      const at = new Date();
      await updateClaim(tx, claim, { status: to, ...(parsed.note ? { rationale: parsed.note } : {}) }, at);
      await recordEvent(tx, {
        kind: 'status_changed',
        articleId: claim.articleId,
        claimId: id,
        actorId: actor.id,
        fromStatus: claim.status,
        toStatus: to,
        note: parsed.note,
        payload: {},
        at,
      });
      touched.add(claim.articleId);
      result.done.push(id);
    }
    // In id order, so two bulk actions lock the articles' counters in the same order.
    for (const articleId of [...touched].sort((a, b) => a - b)) await refreshArticleStats(tx, articleId);
    return result;
  });
}

/** The ids of every claim of an article, for "assign the whole article". */
export async function claimIdsOfArticle(db: Db, articleId: number): Promise<number[]> {
  const rows = await db.select({ id: claims.id }).from(claims).where(eq(claims.articleId, articleId)).orderBy(asc(claims.id));
  return rows.map((r) => r.id);
}
