import { and, desc, eq, inArray, lt, min, sql, type SQL } from 'drizzle-orm';
import type { Category } from '@/lib/vocabulary';
import type { Db } from '../client';
import { articles, claims, verdictPublications, type VerdictStatus } from '../schema';
import type { PublicArticle, PublicVerdict } from './public-verdicts';

export interface PublicVerdictEntry {
  article: PublicArticle;
  verdict: PublicVerdict;
  /** The publication row's id: the list's keyset position. */
  position: number;
}

/**
 * Every current published verdict, newest publication first, keyset on the publication id
 * (`id < before`). A verdict is current when its row is the newest of its claim (a later
 * unpublish or republish replaces it); verdict_publications_claim_idx answers that per row.
 * Only the published snapshot is read: never the desk's draft status or rationale.
 * An article with a current published verdict is public (lib/desk/article-visibility.ts),
 * so every row here may be shown to anyone.
 */
export async function listCurrentVerdicts(
  db: Db,
  filters: { verdict?: readonly string[]; category?: readonly Category[] },
  before: number | null,
  limit: number,
): Promise<{ entries: PublicVerdictEntry[]; next: number | null }> {
  const where: SQL[] = [
    eq(verdictPublications.action, 'publish'),
    sql`${verdictPublications.id} = (select max(p.id) from verdict_publications p where p.claim_id = ${verdictPublications.claimId})`,
  ];
  // Only names of the current scale can match; the others (the new scale's) find nothing yet.
  if (filters.verdict) where.push(inArray(verdictPublications.status, filters.verdict as VerdictStatus[]));
  if (filters.category) where.push(inArray(claims.category, [...filters.category]));
  if (before !== null) where.push(lt(verdictPublications.id, before));
  const rows = await db
    .select({
      publication: verdictPublications,
      article: {
        slug: articles.slug,
        title: articles.title,
        outlet: articles.outlet,
        url: articles.url,
        language: articles.language,
        publishedDate: articles.publishedDate,
        body: articles.body,
        importedAt: articles.importedAt,
      },
    })
    .from(verdictPublications)
    .innerJoin(claims, eq(claims.id, verdictPublications.claimId))
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .where(and(...where))
    .orderBy(desc(verdictPublications.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  // When each claim was first published: one grouped query per page, over the claim index.
  const first = new Map<number, Date>();
  if (page.length) {
    const found = await db
      .select({ claimId: verdictPublications.claimId, at: min(verdictPublications.publishedAt) })
      .from(verdictPublications)
      .where(inArray(verdictPublications.claimId, page.map((r) => r.publication.claimId)))
      .groupBy(verdictPublications.claimId);
    for (const r of found) if (r.at) first.set(r.claimId, r.at);
  }
  const entries = page.map(({ publication: p, article }) => ({
    article,
    position: p.id,
    verdict: {
      claimId: p.claimId,
      status: p.status!,
      explanation: p.explanation,
      claim: p.claim!,
      evidence: p.evidence ?? [],
      note: p.note,
      publishedAt: p.publishedAt,
      firstPublishedAt: first.get(p.claimId) ?? p.publishedAt,
      // The article page's corrections log tells the story; the list shows the verdict as it stands.
      correctedAt: null,
    },
  }));
  return { entries, next: rows.length > limit ? entries[entries.length - 1].position : null };
}
