import { and, asc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { lockArticleStats } from '../locks';
import { articleStats, articles, claims, deskCounts, evidence, type ArticleStats, type Claim } from '../schema';
import { groupByClaim } from './publications-by-article';
import { activeEvidence, isPublishedAsIs, latestPublication, latestPublications, snapshotEvidence } from './publications';

/**
 * Recomputes one article's row of article_stats from its own claims, evidence and
 * publications. Every use case that changes any of those calls it inside its transaction, so
 * the list pages read a row that is never behind the change it describes. One article's
 * claims are a bounded set (tens to a few hundred), unlike the archive's.
 */
export async function refreshArticleStats(tx: Tx, articleId: number): Promise<ArticleStats> {
  // Two changes to claims of one article queue here, so each reads what the other committed
  // and the desk-wide counts move by exactly the difference between the rows.
  await lockArticleStats(tx, articleId);
  const [before] = await tx.select({ byStatus: articleStats.byStatus, byCategory: articleStats.byCategory }).from(articleStats).where(eq(articleStats.articleId, articleId));
  const [article] = await tx.select({ deletedAt: articles.deletedAt }).from(articles).where(eq(articles.id, articleId));
  // A deleted article counts nothing, here and in the desk's totals.
  const claimRows = article?.deletedAt
    ? []
    : await tx
        .select({ id: claims.id, contentVersion: claims.contentVersion, status: claims.status, category: claims.category })
        .from(claims)
        .where(eq(claims.articleId, articleId));
  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  for (const c of claimRows) {
    byStatus[c.status] = (byStatus[c.status] ?? 0) + 1;
    byCategory[c.category] = (byCategory[c.category] ?? 0) + 1;
  }
  const byVerdict: Record<string, number> = {};
  let published = 0;
  let changed = 0;
  // Chunked so no statement binds more parameters than either engine accepts.
  for (let i = 0; i < claimRows.length; i += 500) {
    const chunk = claimRows.slice(i, i + 500);
    const current = [...(await latestPublications(tx, chunk.map((c) => c.id))).values()].filter((p) => p.action === 'publish' && p.status);
    if (current.length === 0) continue;
    const evidenceRows = await tx
      .select()
      .from(evidence)
      .where(and(inArray(evidence.claimId, current.map((p) => p.claimId)), isNull(evidence.removedAt)))
      .orderBy(asc(evidence.claimId), asc(evidence.id));
    const evidenceByClaim = groupByClaim(evidenceRows);
    const versions = new Map(chunk.map((c) => [c.id, c.contentVersion]));
    for (const p of current) {
      published += 1;
      byVerdict[p.status!] = (byVerdict[p.status!] ?? 0) + 1;
      if (!isPublishedAsIs(versions.get(p.claimId) ?? 0, snapshotEvidence(evidenceByClaim.get(p.claimId) ?? []), p)) changed += 1;
    }
  }
  const values = { articleId, byStatus, byVerdict, byCategory, published, changed, updatedAt: new Date() };
  const [row] = await tx
    .insert(articleStats)
    .values(values)
    .onConflictDoUpdate({ target: articleStats.articleId, set: { byStatus, byVerdict, byCategory, published, changed, updatedAt: values.updatedAt } })
    .returning();
  await moveDeskCounts(tx, countKeys(before?.byStatus, before?.byCategory), countKeys(byStatus, byCategory));
  return row;
}

/** The fields of a claim its article's row counts. */
export type CountedClaim = Pick<Claim, 'id' | 'articleId' | 'status' | 'category' | 'contentVersion'>;

/**
 * Moves an article's row of article_stats, and desk_counts with it, by one claim's change from
 * `before` to `after` (status, category, content version), instead of recounting every claim
 * of the article as refreshArticleStats does. Only for a change that leaves the claim's
 * publication and evidence as they were (an edit, a review, an explanation): the claim stays
 * published or not, under the same verdict; it may become changed since publication. The
 * result equals a recount (db/queries/article-stats.test.ts checks it after each kind of change).
 */
export async function moveClaimStats(tx: Tx, before: CountedClaim, after: CountedClaim): Promise<void> {
  const contentMoved = before.contentVersion !== after.contentVersion;
  // Nothing the row counts moved (a note, say): no lock, no read, no write.
  if (!contentMoved && before.status === after.status && before.category === after.category) return;
  const articleId = after.articleId;
  await lockArticleStats(tx, articleId);
  const [row] = await tx.select().from(articleStats).where(eq(articleStats.articleId, articleId));
  const [article] = await tx.select({ deletedAt: articles.deletedAt }).from(articles).where(eq(articles.id, articleId));
  // No row yet, or a deleted article (which counts nothing): the full recount knows what to do.
  if (!row || article?.deletedAt) {
    await refreshArticleStats(tx, articleId);
    return;
  }
  const publication = contentMoved ? await latestPublication(tx, after.id) : undefined;
  let changed = row.changed;
  // Whether it differs from what was published moves only with the content (the evidence is unchanged here).
  if (contentMoved && publication?.action === 'publish' && publication.status) {
    const shown = snapshotEvidence(await activeEvidence(tx, after.id));
    const wasChanged = !isPublishedAsIs(before.contentVersion, shown, publication);
    const isChanged = !isPublishedAsIs(after.contentVersion, shown, publication);
    changed += Number(isChanged) - Number(wasChanged);
  }
  const byStatus = moved(row.byStatus, before.status, after.status);
  const byCategory = moved(row.byCategory, before.category, after.category);
  const updatedAt = new Date();
  await tx.update(articleStats).set({ byStatus, byCategory, changed, updatedAt }).where(eq(articleStats.articleId, articleId));
  await moveDeskCounts(tx, countKeys(row.byStatus, row.byCategory), countKeys(byStatus, byCategory));
}

/** A count map with one item moved from key `from` to key `to`; a key that reaches 0 goes, as in a recount. */
function moved(counts: Counts, from: string, to: string): Record<string, number> {
  const next = { ...counts } as Record<string, number>;
  if (from === to) return next;
  next[from] = (next[from] ?? 0) - 1;
  if (next[from] <= 0) delete next[from];
  next[to] = (next[to] ?? 0) + 1;
  return next;
}

type Counts = Partial<Record<string, number>>;

function countKeys(byStatus: Counts = {}, byCategory: Counts = {}): Map<string, number> {
  const keys = new Map<string, number>();
  for (const [k, n] of Object.entries(byStatus)) if (n) keys.set(`status:${k}`, n);
  for (const [k, n] of Object.entries(byCategory)) if (n) keys.set(`category:${k}`, n);
  return keys;
}

/**
 * Adds the difference between an article's old and new counts to desk_counts. Only keys
 * that moved are written (an edit of a claim's wording writes none), in key order so two
 * transactions never wait on each other's rows in opposite orders.
 */
async function moveDeskCounts(tx: Tx, before: Map<string, number>, after: Map<string, number>): Promise<void> {
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const delta = (after.get(key) ?? 0) - (before.get(key) ?? 0);
    if (delta === 0) continue;
    await tx
      .insert(deskCounts)
      .values({ key, n: delta })
      .onConflictDoUpdate({ target: deskCounts.key, set: { n: sql`${deskCounts.n} + ${delta}` } });
  }
}

/**
 * Fills article_stats for articles that have no row yet: a desk created before the table
 * existed, or rows written by a tool that bypassed the use cases. Cheap when nothing is
 * missing (an anti-join on primary keys); run at start-up after the migrations.
 */
export async function backfillArticleStats(db: Db): Promise<number> {
  const missing = await db
    .select({ id: articles.id })
    .from(articles)
    .where(notExists(db.select({ one: sql`1` }).from(articleStats).where(eq(articleStats.articleId, articles.id))));
  for (let i = 0; i < missing.length; i += 200) {
    const chunk = missing.slice(i, i + 200);
    await db.transaction(async (tx) => {
      for (const { id } of chunk) await refreshArticleStats(tx, id);
    });
  }
  return missing.length;
}
