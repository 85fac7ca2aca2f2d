import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { claims, verdictPublications, type VerdictPublication } from '../schema';

/** Every publication row of the listed articles' claims, oldest first within each claim, with the article id. */
export async function publicationsOfArticles(db: Db, articleIds: number[]): Promise<Array<VerdictPublication & { articleId: number }>> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .select({ publication: verdictPublications, articleId: claims.articleId })
    .from(verdictPublications)
    .innerJoin(claims, eq(claims.id, verdictPublications.claimId))
    .where(inArray(claims.articleId, articleIds))
    // The order of the two indexes the join walks (claims by article and start, publications
    // by claim and id), so no sort is needed; callers group by claim, oldest first within one.
    .orderBy(asc(claims.articleId), asc(claims.start), asc(claims.id), asc(verdictPublications.id));
  return rows.map((row) => ({ ...row.publication, articleId: row.articleId }));
}

/** Groups publication rows (oldest first) by claim; the last of each group is the current one. */
export function groupByClaim<T extends { claimId: number }>(rows: T[]): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const row of rows) {
    const list = groups.get(row.claimId);
    if (list) list.push(row);
    else groups.set(row.claimId, [row]);
  }
  return groups;
}
