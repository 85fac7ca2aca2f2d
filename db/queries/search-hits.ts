import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { Db } from '../client';
import { articles, claims, evidence } from '../schema';

/** The articles a search page shows, in the order of `ids`. */
export async function articlesForHits(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, outlet: articles.outlet, language: articles.language, body: articles.body })
    .from(articles)
    .where(inArray(articles.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The claims a search page shows, with their article and evidence titles, in the order of `ids`. */
export async function claimsForHits(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  const [rows, titles] = await Promise.all([
    db
      .select({
        id: claims.id,
        quote: claims.quote,
        counted: claims.counted,
        claimant: claims.claimant,
        claimantCanonical: claims.claimantCanonical,
        rationale: claims.rationale,
        explanation: claims.explanation,
        status: claims.status,
        articleSlug: articles.slug,
        articleTitle: articles.title,
        articleLanguage: articles.language,
      })
      .from(claims)
      .innerJoin(articles, eq(articles.id, claims.articleId))
      .where(inArray(claims.id, ids)),
    db
      .select({ claimId: evidence.claimId, title: evidence.title })
      .from(evidence)
      .where(and(inArray(evidence.claimId, ids), isNull(evidence.removedAt), isNotNull(evidence.title)))
      .orderBy(asc(evidence.claimId), asc(evidence.id)),
  ]);
  const evidenceTitles = new Map<number, string[]>();
  for (const t of titles) evidenceTitles.set(t.claimId, [...(evidenceTitles.get(t.claimId) ?? []), t.title!]);
  const byId = new Map(rows.map((r) => [r.id, { ...r, evidenceTitles: evidenceTitles.get(r.id) ?? [] }]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
