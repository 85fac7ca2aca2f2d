import { asc, eq, sql } from 'drizzle-orm';
import { articles, reviewEvents, users } from '@/db/schema';
import type { Db } from '@/db/client';
import { preparedQuery } from '@/db/prepared';
import { activeEvidence, latestPublication } from '@/db/queries/publications';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { claimWarnings, earlierVerdicts } from '@/lib/figures-desk/claim-checks';
import { loadClaim } from './load-claim';

const articleSlug = preparedQuery<{ slug: string }[]>('article_slug', (db) => db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, sql.placeholder('id'))));

/** A claim as a reviewer sees it: status, version, evidence, current publication. */
export async function getClaim(db: Db, actor: Actor | null, claimId: number) {
  assertCan(actor, 'claims:read');
  const claim = await loadClaim(db, claimId);
  const [article] = await articleSlug(db, { id: claim.articleId });
  return {
    ...claim,
    articleSlug: article.slug,
    evidence: await activeEvidence(db, claimId),
    publication: (await latestPublication(db, claimId)) ?? null,
    warnings: await claimWarnings(db, claim),
    earlierVerdicts: await earlierVerdicts(db, claim),
  };
}

/** Every change to a claim, oldest first, with who made it. */
export async function getClaimHistory(db: Db, actor: Actor | null, claimId: number) {
  assertCan(actor, 'claims:read');
  await loadClaim(db, claimId);
  return await db
    .select({
      id: reviewEvents.id,
      kind: reviewEvents.kind,
      fromStatus: reviewEvents.fromStatus,
      toStatus: reviewEvents.toStatus,
      note: reviewEvents.note,
      payload: reviewEvents.payload,
      createdAt: reviewEvents.createdAt,
      actor: { id: users.id, name: users.name, role: users.role },
    })
    .from(reviewEvents)
    .leftJoin(users, eq(users.id, reviewEvents.actorId))
    .where(eq(reviewEvents.claimId, claimId))
    .orderBy(asc(reviewEvents.id));
}
