/**
 * What the desk shows beside a claim from its figure: consistency warnings (never blocking)
 * and earlier verdicts on the same value from the same claimant.
 */
import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { articles, claims, figures, VERDICT_STATUSES, type Claim } from '@/db/schema';
import { featureColumns } from '@/db/queries/figure-candidates';
import { latestPublications } from '@/db/queries/publications';
import { checkArticle, checkFigure, findEarlierVerdicts, type ConsistencyWarning } from '@/lib/figures';
import { claimInputOf, featuresOf } from './claim-features';

export interface StoredWarning {
  code: ConsistencyWarning['code'];
  message: ConsistencyWarning['message'];
  claimIds: number[];
}

/** Warnings about an article's claims: its own sums and subsets, and its figures' values. */
export async function articleWarnings(db: Db | Tx, articleId: number): Promise<StoredWarning[]> {
  const [article] = await db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId));
  if (!article) return [];
  const rows = await db.select().from(claims).where(eq(claims.articleId, articleId));
  const warnings = checkArticle(article.body, rows.filter((r) => r.status !== 'dismissed').map(claimInputOf));
  const figureIds = [...new Set(rows.map((r) => r.figureId).filter((id): id is number => id !== null))];
  if (figureIds.length) {
    const linked = await db.select(featureColumns).from(claims).where(inArray(claims.figureId, figureIds));
    for (const id of figureIds) warnings.push(...checkFigure(linked.filter((r) => r.figureId === id).map(featuresOf)));
  }
  const mine = new Set(rows.map((r) => String(r.id)));
  return warnings
    .filter((w) => w.claimIds.some((id) => mine.has(id)))
    .map((w) => ({ code: w.code, message: w.message, claimIds: w.claimIds.map(Number) }));
}

export async function claimWarnings(db: Db | Tx, claim: Pick<Claim, 'id' | 'articleId'>): Promise<StoredWarning[]> {
  return (await articleWarnings(db, claim.articleId)).filter((w) => w.claimIds.includes(claim.id));
}

export interface StoredEarlierVerdict {
  claimId: number;
  status: string;
  rationale: string | null;
  article: { id: number; slug: string; title: string; date: string };
  publishedAt: string | null;
}

/** Judged claims of the same figure with the same value and claimant, newest first. */
export async function earlierVerdicts(db: Db | Tx, claim: Claim): Promise<StoredEarlierVerdict[]> {
  if (claim.figureId === null || claim.value === null) return [];
  const [figure] = await db.select().from(figures).where(eq(figures.id, claim.figureId));
  const judged = await db
    .select()
    .from(claims)
    .where(and(eq(claims.figureId, claim.figureId), eq(claims.value, claim.value), ne(claims.id, claim.id), inArray(claims.status, [...VERDICT_STATUSES])));
  if (!judged.length) return [];
  const publications = await latestPublications(db, judged.map((j) => j.id));
  const found = findEarlierVerdicts(
    featuresOf(claim),
    judged.map((j) => {
      const p = publications.get(j.id);
      return { ...featuresOf(j), status: j.status, publishedAt: p?.action === 'publish' ? p.publishedAt.toISOString() : null };
    }),
    figure ? { from: figure.periodFrom, to: figure.periodTo } : null,
  );
  if (!found.length) return [];
  const articleRows = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title })
    .from(articles)
    .where(inArray(articles.id, found.map((f) => Number(f.articleId))));
  const byId = new Map(articleRows.map((a) => [a.id, a]));
  const rationale = new Map(judged.map((j) => [j.id, j.rationale]));
  return found.map((f) => ({
    claimId: Number(f.claimId),
    status: f.status,
    rationale: rationale.get(Number(f.claimId)) ?? null,
    article: { ...byId.get(Number(f.articleId))!, date: f.articleDate },
    publishedAt: f.publishedAt,
  }));
}
