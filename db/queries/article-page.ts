import { and, asc, desc, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../client';
import { articleIsPublicSql } from './article-visibility';
import { articleStats, articles, CLAIM_STATUSES, VERDICT_STATUSES, type ClaimStatus, type VerdictStatus } from '../schema';

/**
 * Rows per page of every article list (pages and GET /api/v1/articles). Rendering, not the
 * query, is what a list page's time grows with (npm run bench:queries: the page query takes a
 * few ms; npm run bench: the page tens), so a page holds what a reader scans, not more.
 */
export const ARTICLE_PAGE_SIZE = 25;

/** Where a page starts: just after (next) or just before (prev) this article in list order. */
export interface PageRequest {
  after?: string | null;
  before?: string | null;
  limit?: number;
  /** Only articles the public may see (db/queries/article-visibility.ts). */
  publicOnly?: boolean;
}

export interface Page<T> {
  rows: T[];
  /** Cursor of the following (older) page, null on the last one. */
  next: string | null;
  /** Cursor of the preceding (newer) page, null on the first one. */
  prev: string | null;
}

/** An opaque cursor: the list key (import time, id) of the row at the page's edge. */
export function encodeCursor(importedAt: Date, id: number): string {
  return Buffer.from(`${importedAt.getTime()}.${id}`).toString('base64url');
}

/** Null for anything that is not a cursor this module wrote: a bad cursor means the first page. */
export function decodeCursor(cursor: string | null | undefined): { at: Date; id: number } | null {
  if (!cursor || cursor.length > 64) return null;
  const m = /^(\d{1,15})\.(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? { at: new Date(Number(m[1])), id: Number(m[2]) } : null;
}

export interface ArticleListRow {
  id: number;
  slug: string;
  title: string;
  outlet: string | null;
  url: string | null;
  language: string;
  publishedDate: string | null;
  importedAt: Date;
  byStatus: Record<ClaimStatus, number>;
  byVerdict: Record<VerdictStatus, number>;
  /** Claims that count: all but dismissed extractor mistakes. */
  total: number;
  /** Claims with a verdict (verified, disputed or unverifiable). */
  judged: number;
  published: number;
  changedSincePublication: number;
}

/**
 * One page of articles, newest import first, with their maintained counters (article_stats):
 * keyset pagination on (imported_at, id), so page 1,000 costs what page 1 costs and no
 * statement binds one parameter per article.
 */
export async function listArticlePage(db: Db, request: PageRequest = {}): Promise<Page<ArticleListRow>> {
  const limit = Math.min(Math.max(request.limit ?? ARTICLE_PAGE_SIZE, 1), 200);
  const before = decodeCursor(request.before);
  const after = before ? null : decodeCursor(request.after);
  const key = (c: { at: Date; id: number }, op: '<' | '>'): SQL =>
    sql`(${articles.importedAt}, ${articles.id}) ${sql.raw(op)} (${sql.param(c.at, articles.importedAt)}, ${c.id})`;
  const rows = await db
    .select({
      id: articles.id,
      slug: articles.slug,
      title: articles.title,
      outlet: articles.outlet,
      url: articles.url,
      language: articles.language,
      publishedDate: articles.publishedDate,
      importedAt: articles.importedAt,
      byStatus: articleStats.byStatus,
      byVerdict: articleStats.byVerdict,
      published: articleStats.published,
      changed: articleStats.changed,
    })
    .from(articles)
    .leftJoin(articleStats, eq(articleStats.articleId, articles.id))
    .where(
      and(
        after ? key(after, '<') : before ? key(before, '>') : undefined,
        // A deleted article is gone from every list; its history stays.
        request.publicOnly ? articleIsPublicSql() : isNull(articles.deletedAt),
      ),
    )
    .orderBy(...(before ? [asc(articles.importedAt), asc(articles.id)] : [desc(articles.importedAt), desc(articles.id)]))
    .limit(limit + 1);
  const more = rows.length > limit;
  const page = rows.slice(0, limit);
  if (before) page.reverse();
  const first = page[0];
  const last = page.at(-1);
  const hasNewer = before ? more : Boolean(after);
  const hasOlder = before ? true : more;
  return {
    rows: page.map(toListRow),
    next: hasOlder && last ? encodeCursor(last.importedAt, last.id) : null,
    prev: hasNewer && first ? encodeCursor(first.importedAt, first.id) : null,
  };
}

function toListRow(r: {
  id: number; slug: string; title: string; outlet: string | null; url: string | null; language: string;
  publishedDate: string | null; importedAt: Date; byStatus: Partial<Record<string, number>> | null;
  byVerdict: Partial<Record<string, number>> | null; published: number | null; changed: number | null;
}): ArticleListRow {
  const byStatus = Object.fromEntries(CLAIM_STATUSES.map((s) => [s, r.byStatus?.[s] ?? 0])) as Record<ClaimStatus, number>;
  const byVerdict = Object.fromEntries(VERDICT_STATUSES.map((s) => [s, r.byVerdict?.[s] ?? 0])) as Record<VerdictStatus, number>;
  const total = CLAIM_STATUSES.reduce((sum, s) => sum + (s === 'dismissed' ? 0 : byStatus[s]), 0);
  const judged = VERDICT_STATUSES.reduce((sum, s) => sum + (byStatus[s] ?? 0), 0);
  const { byStatus: _s, byVerdict: _v, changed, published, ...header } = r;
  return { ...header, byStatus, byVerdict, total, judged, published: published ?? 0, changedSincePublication: changed ?? 0 };
}
