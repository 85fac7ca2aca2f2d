/**
 * The candidate fetch lib/figures' candidateQuery() describes, through the indexes
 * claims_retrieval_idx (retrieval_key, article_date WHERE figure_id IS NULL),
 * figures_retrieval_idx (retrieval_key, period_to) and claims_figure_idx (figure_id, article_date).
 */
import { and, desc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { claims, figures, type Claim, type Figure as FigureRow } from '../schema';
import type { Candidates, CandidateQuery, Figure } from '@/lib/figures';
import { featuresOf } from '@/lib/figures-desk/claim-features';

/** The columns featuresOf() reads: the features JSON and what a checker may have corrected. */
export const featureColumns = {
  id: claims.id,
  articleId: claims.articleId,
  articleDate: claims.articleDate,
  value: claims.value,
  qualifier: claims.qualifier,
  category: claims.category,
  counted: claims.counted,
  claimant: claims.claimant,
  figureId: claims.figureId,
  features: claims.features,
  quote: claims.quote,
};

export function figureOf(row: FigureRow): Figure {
  return {
    id: String(row.id),
    titleAr: row.titleAr,
    titleEn: row.titleEn,
    category: row.category,
    counted: row.counted,
    countedKind: row.countedKind,
    place: row.place,
    from: row.periodFrom,
    to: row.periodTo,
  };
}

export async function fetchCandidates(db: Db | Tx, q: CandidateQuery): Promise<Candidates> {
  const figureRows = await db
    .select()
    .from(figures)
    .where(and(q.keys ? inArray(figures.retrievalKey, q.keys) : undefined, or(isNull(figures.periodTo), gte(figures.periodTo, q.figuresEndingFrom))))
    .orderBy(desc(figures.id))
    .limit(q.figureLimit);
  // Two steps: the newest ids from the index alone (claims_retrieval_idx covers them), then
  // those rows. In one step the engine reads every matching row's features JSON to sort them,
  // thousands of rows for the few hundred kept.
  const newest = db
    .select({ id: claims.id })
    .from(claims)
    .where(
      and(
        isNull(claims.figureId),
        q.keys ? inArray(claims.retrievalKey, q.keys) : sql`${claims.retrievalKey} IS NOT NULL`,
        gte(claims.articleDate, q.claimsFrom),
        lte(claims.articleDate, q.claimsTo),
      ),
    )
    .orderBy(desc(claims.articleDate), desc(claims.id))
    .limit(q.claimLimit);
  const unlinked = await db.select(featureColumns).from(claims).where(inArray(claims.id, newest)).orderBy(desc(claims.articleDate), desc(claims.id));
  const linked = figureRows.length ? await latestClaimsOfFigures(db, figureRows.map((f) => f.id), q.claimsPerFigure) : [];
  const byFigure = new Map<number, ReturnType<typeof featuresOf>[]>();
  for (const row of linked) {
    const list = byFigure.get(row.figureId!) ?? [];
    list.push(featuresOf(row));
    byFigure.set(row.figureId!, list);
  }
  return {
    figures: figureRows.map((f) => ({ figure: figureOf(f), claims: byFigure.get(f.id) ?? [] })),
    claims: unlinked.map(featuresOf),
  };
}

/**
 * Each figure's newest `per` claims, in one query (a window function on both engines). The
 * ranking reads only ids and dates (claims_figure_idx), the features only of the rows kept.
 */
async function latestClaimsOfFigures(db: Db | Tx, figureIds: number[], per: number) {
  const ranked = db
    .select({
      id: claims.id,
      rank: sql<number>`row_number() over (partition by ${claims.figureId} order by ${claims.articleDate} desc, ${claims.id} desc)`.as('rank'),
    })
    .from(claims)
    .where(inArray(claims.figureId, figureIds))
    .as('ranked');
  const kept = db.select({ id: ranked.id }).from(ranked).where(lte(ranked.rank, per));
  return await db.select(featureColumns).from(claims).where(inArray(claims.id, kept));
}

/** The claims linked to one figure (the figure pages). */
export async function claimsOfFigure(db: Db | Tx, figureId: number) {
  return await db.select().from(claims).where(eq(claims.figureId, figureId)).orderBy(claims.articleDate, claims.id);
}
