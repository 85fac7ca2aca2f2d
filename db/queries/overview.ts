import { and, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import { queryRaw, timeParam, type Db } from '../client';
import { deskCounts, reviewEvents, users, verdictPublications, VERDICT_STATUSES, type VerdictStatus } from '../schema';
import { listArticlePage, type ArticleListRow, type Page, type PageRequest } from './article-page';

export type ArticleProgress = ArticleListRow;

/** One page of articles with claims by status, verdicts published, and how far the review has come. */
export async function getReviewProgress(db: Db, page: PageRequest = {}): Promise<Page<ArticleProgress>> {
  return listArticlePage(db, page);
}

/*
 * The desk-wide figures of /overview. None reads every claim, event or publication: the
 * totals are the few rows of desk_counts (kept by refreshArticleStats), everything else is
 * one index range bounded by the chosen period (the *_created/_published/first_* indexes).
 */

/** Claims by status and by category over the whole desk (deleted articles excluded). */
export async function getDeskTotals(db: Db): Promise<{ byStatus: Record<string, number>; byCategory: Record<string, number> }> {
  const rows = await db.select().from(deskCounts);
  const byStatus: Record<string, number> = {};
  const byCategory: Record<string, number> = {};
  for (const { key, n } of rows) {
    const [kind, name] = key.split(':');
    if (n <= 0) continue;
    if (kind === 'status') byStatus[name] = Number(n);
    else if (kind === 'category') byCategory[name] = Number(n);
  }
  return { byStatus, byCategory };
}

const DAY_MS = 86_400_000;

/**
 * The UTC day of a timestamp column as a whole number of days since 1970: integer arithmetic
 * on the index's own value, cheaper per row than formatting a date string in SQL. The divisor
 * is written into the statement: bound, better-sqlite3 passes a number as a REAL, the division
 * is then fractional and every event becomes a group of its own.
 */
function utcDayNumber(db: Db, column: typeof reviewEvents.createdAt): SQL<number> {
  return db.engine === 'pg' ? sql<number>`floor(extract(epoch from ${column}) / 86400)::int` : sql<number>`(${column} / ${sql.raw(String(DAY_MS))})`;
}

/** Verdicts given by checkers (status changes to a verdict) per UTC day and verdict since `since`. */
export async function getVerdictsPerDay(db: Db, since: Date): Promise<Array<{ day: string; key: VerdictStatus; n: number }>> {
  const day = utcDayNumber(db, reviewEvents.createdAt);
  const rows = await db
    .select({ day, key: reviewEvents.toStatus, n: sql<number>`count(*)` })
    .from(reviewEvents)
    .where(and(eq(reviewEvents.kind, 'status_changed'), gte(reviewEvents.createdAt, since), inArray(reviewEvents.toStatus, [...VERDICT_STATUSES])))
    .groupBy(day, reviewEvents.toStatus);
  return rows.map((r) => ({ day: new Date(Number(r.day) * DAY_MS).toISOString().slice(0, 10), key: r.key as VerdictStatus, n: Number(r.n) }));
}

export interface CheckerWork {
  userId: number;
  name: string;
  /** Status changes of any kind. */
  reviews: number;
  /** Status changes to a verdict. */
  verdicts: number;
  /** Verdicts published (by an editor). */
  published: number;
}

/** Work per person since `since`: reviews and verdicts from the history, publications from theirs. Names are not filled in (namesOf). */
export async function getWorkPerChecker(db: Db, since: Date): Promise<CheckerWork[]> {
  const isVerdict = sql`CASE WHEN ${inArray(reviewEvents.toStatus, [...VERDICT_STATUSES])} THEN 1 ELSE 0 END`;
  const [reviewRows, publishRows] = await Promise.all([
    db
      .select({ userId: reviewEvents.actorId, reviews: sql<number>`count(*)`, verdicts: sql<number>`sum(${isVerdict})` })
      .from(reviewEvents)
      .where(and(eq(reviewEvents.kind, 'status_changed'), gte(reviewEvents.createdAt, since)))
      .groupBy(reviewEvents.actorId),
    db
      .select({ userId: verdictPublications.publishedBy, published: sql<number>`count(*)` })
      .from(verdictPublications)
      .where(and(gte(verdictPublications.publishedAt, since), eq(verdictPublications.action, 'publish')))
      .groupBy(verdictPublications.publishedBy),
  ]);
  const work = new Map<number, CheckerWork>();
  const entry = (userId: number) => {
    if (!work.has(userId)) work.set(userId, { userId, name: '', reviews: 0, verdicts: 0, published: 0 });
    return work.get(userId)!;
  };
  for (const r of reviewRows) {
    // A script's changes (no actor) are nobody's work.
    if (r.userId === null) continue;
    Object.assign(entry(r.userId), { reviews: Number(r.reviews), verdicts: Number(r.verdicts ?? 0) });
  }
  for (const r of publishRows) entry(r.userId).published = Number(r.published);
  return [...work.values()];
}

/** The desk's accounts by id: a small table, read by primary key. */
export async function namesOf(db: Db, ids: number[]): Promise<Map<number, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids));
  return new Map(rows.map((u) => [u.id, u.name]));
}

export interface MedianTimes {
  /** Median ms from the article's import to the claim's first verdict, over claims first judged since `since`. */
  toVerdict: number | null;
  verdictClaims: number;
  /** Median ms from import to the claim's first publication, over claims first published since `since`. */
  toPublication: number | null;
  publishedClaims: number;
}

/**
 * The median in SQL on both engines (lib/desk/overview-stats.ts): the middle one or two
 * durations of the period's claims, found by an index range on first_verdict_at or
 * first_published_at and one sort of that range. The durations are materialised once: the
 * statement reads them three times (two counts and the sort), and without it each read
 * repeated the join.
 */
async function medianSince(db: Db, column: 'first_verdict_at' | 'first_published_at', since: Date): Promise<{ median: number | null; n: number }> {
  const c = sql.raw(`c.${column}`);
  const duration = db.engine === 'pg' ? sql`extract(epoch from (${c} - a.imported_at)) * 1000` : sql`(${c} - a.imported_at)`;
  const [row] = await queryRaw<{ median: number | string | null; n: number | string }>(
    db,
    sql`WITH d AS MATERIALIZED (
      SELECT ${duration} AS ms FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE ${c} >= ${timeParam(db, since.getTime())} AND a.deleted_at IS NULL)
    SELECT (SELECT avg(ms) FROM (SELECT ms FROM d ORDER BY ms
              LIMIT 2 - (SELECT count(*) FROM d) % 2 OFFSET (SELECT (count(*) - 1) / 2 FROM d)) middle) AS median,
           (SELECT count(*) FROM d) AS n`,
  );
  return { median: row?.median === null || row?.median === undefined ? null : Number(row.median), n: Number(row?.n ?? 0) };
}

export async function getMedianTimes(db: Db, since: Date): Promise<MedianTimes> {
  const [verdict, publication] = await Promise.all([medianSince(db, 'first_verdict_at', since), medianSince(db, 'first_published_at', since)]);
  return { toVerdict: verdict.median, verdictClaims: verdict.n, toPublication: publication.median, publishedClaims: publication.n };
}
