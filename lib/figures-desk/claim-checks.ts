/**
 * What the desk shows beside a claim from its figure: consistency warnings (never blocking)
 * and earlier verdicts on the same value from the same claimant.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { articles, claims, figures, VERDICT_STATUSES, type Claim } from '@/db/schema';
import { preparedQuery } from '@/db/prepared';
import { featureColumns } from '@/db/queries/figure-candidates';
import { latestPublications } from '@/db/queries/publications';
import { checkArticle, checkFigure, findEarlierVerdicts, type ConsistencyWarning } from '@/lib/figures';
import { claimInputOf, featuresOf } from './claim-features';

export interface StoredWarning {
  code: ConsistencyWarning['code'];
  message: ConsistencyWarning['message'];
  claimIds: number[];
}

/** An article's own warnings (its sums and subsets) and the figures its claims link to. */
interface ArticleChecks {
  stamp: string;
  own: ConsistencyWarning[];
  figureIds: number[];
  claimIds: Set<string>;
}

/** How many articles' checks a database handle keeps; the least recently stored go first. */
const CHECKS_KEPT = 256;
/** Per database handle (tests open many databases whose article ids repeat), per article. */
const checksByHandle = new WeakMap<object, Map<number, ArticleChecks>>();

/**
 * What every change to an article's claims moves: each update bumps a claim's version (the
 * compare-and-set of updateClaim), a new claim raises the count and the highest id. Read
 * from the database on every call, so a change made by another process counts too.
 */
const stampOf = preparedQuery<{ n: number; versions: number; last: number }[]>('article_claims_stamp', (db) =>
  db
    .select({ n: sql<number>`count(*)`, versions: sql<number>`coalesce(sum(${claims.version}), 0)`, last: sql<number>`coalesce(max(${claims.id}), 0)` })
    .from(claims)
    .where(eq(claims.articleId, sql.placeholder('articleId'))),
);

async function claimsStamp(db: Db | Tx, articleId: number): Promise<string> {
  const [row] = await stampOf(db, { articleId });
  return `${row.n}:${row.versions}:${row.last}`;
}

/**
 * The article's own checks, computed again only when its claims changed since the last call
 * on this handle. A claim read (GET /api/v1/claims/{id}) shows its warnings, and recomputing
 * them meant reading every claim of the article with its stored features and running the
 * sum checks on every read: the costliest part of the request (npm run bench:writes).
 */
async function articleChecks(db: Db | Tx, articleId: number): Promise<ArticleChecks | null> {
  // The stamp is read first: a change committed between it and the rows below is in the rows,
  // so the next call sees a newer stamp and computes again; never the other way round.
  const stamp = await claimsStamp(db, articleId);
  // Only a handle's committed state is kept: a transaction's own writes may yet roll back.
  const cacheable = 'reader' in db;
  let byArticle = cacheable ? checksByHandle.get(db) : undefined;
  const cached = byArticle?.get(articleId);
  if (cached?.stamp === stamp) return cached;
  const [article] = await db.select({ body: articles.body }).from(articles).where(eq(articles.id, articleId));
  if (!article) return null;
  const rows = await db.select().from(claims).where(eq(claims.articleId, articleId));
  const checks: ArticleChecks = {
    stamp,
    own: checkArticle(article.body, rows.filter((r) => r.status !== 'dismissed').map(claimInputOf)),
    figureIds: [...new Set(rows.map((r) => r.figureId).filter((id): id is number => id !== null))],
    claimIds: new Set(rows.map((r) => String(r.id))),
  };
  if (!cacheable) return checks;
  if (!byArticle) checksByHandle.set(db, (byArticle = new Map()));
  byArticle.delete(articleId);
  byArticle.set(articleId, checks);
  if (byArticle.size > CHECKS_KEPT) byArticle.delete(byArticle.keys().next().value!);
  return checks;
}

/** Warnings about an article's claims: its own sums and subsets, and its figures' values. */
export async function articleWarnings(db: Db | Tx, articleId: number): Promise<StoredWarning[]> {
  const checks = await articleChecks(db, articleId);
  if (!checks) return [];
  const warnings = [...checks.own];
  // A figure's other claims belong to other articles, which this article's stamp does not cover.
  if (checks.figureIds.length) {
    const linked = await db.select(featureColumns).from(claims).where(inArray(claims.figureId, checks.figureIds));
    for (const id of checks.figureIds) warnings.push(...checkFigure(linked.filter((r) => r.figureId === id).map(featuresOf)));
  }
  return warnings
    .filter((w) => w.claimIds.some((id) => checks.claimIds.has(id)))
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
