import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { claims, verdictPublications, type VerdictPublication } from '../schema';

/** Every publication row of the listed articles' claims, oldest first, with the article id. */
export async function publicationsOfArticles(db: Db, articleIds: number[]): Promise<Array<VerdictPublication & { articleId: number }>> {
  if (articleIds.length === 0) return [];
  const rows = await db
    .select({ publication: verdictPublications, articleId: claims.articleId })
    .from(verdictPublications)
    .innerJoin(claims, eq(claims.id, verdictPublications.claimId))
    .where(inArray(claims.articleId, articleIds))
    .orderBy(asc(verdictPublications.id));
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
