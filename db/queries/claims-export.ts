import { and, asc, eq, gt, gte, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { ClaimFilters } from '@/lib/desk/claim-filters';
import type { Db } from '../client';
import { articles, claims, evidence, verdictPublications, type ClaimStatus, type VerdictStatus } from '../schema';

/**
 * One page of claims for the export, in claim id order (keyset on the id: an export walks the
 * whole list once, so a stable order that an index serves beats the desk's "latest change"
 * order, under which a claim edited mid-export could be skipped or written twice).
 * Each page costs three indexed queries whatever the filters: the claims with their current
 * publication (the newest row of verdict_publications_claim_idx), their evidence, nothing else.
 */
export interface ExportClaimRow {
  id: number;
  articleSlug: string;
  articleTitle: string;
  value: number | null;
  qualifier: string | null;
  counted: string;
  category: string;
  claimant: string | null;
  status: ClaimStatus;
  version: number;
  contentVersion: number;
  createdAt: Date;
  updatedAt: Date;
  /** The claim's newest publication row, if any. */
  publication: { action: 'publish' | 'unpublish'; status: VerdictStatus | null; claimVersion: number; publishedAt: Date } | null;
  evidenceUrls: string[];
}

/** The newest publication row of each claim: joined on "its id is the claim's largest". */
const currentPublication = sql`${verdictPublications.id} = (select max(p.id) from verdict_publications p where p.claim_id = ${claims.id})`;

function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/**
 * The filters this desk can answer today. assignee and queue need the workflow's columns; a
 * caller is refused before reaching here (lib/desk/export-claims.ts) rather than given a list
 * that silently ignores them.
 */
function conditions(filters: ClaimFilters): SQL[] {
  const where: SQL[] = [];
  if (filters.article) where.push(eq(articles.slug, filters.article));
  if (filters.status) where.push(inArray(claims.status, filters.status as ClaimStatus[]));
  if (filters.category) where.push(inArray(claims.category, filters.category));
  // Case-insensitive for Latin names; Arabic has no case.
  if (filters.claimant) where.push(sql`lower(${claims.claimant}) = lower(${filters.claimant})`);
  if (filters.from) where.push(gte(claims.updatedAt, dayStart(filters.from)));
  if (filters.to) where.push(lt(claims.updatedAt, new Date(dayStart(filters.to).getTime() + 86_400_000)));
  if (filters.verdict) {
    where.push(and(eq(verdictPublications.action, 'publish'), inArray(verdictPublications.status, filters.verdict as VerdictStatus[]))!);
  }
  if (filters.published) {
    const states: SQL[] = [];
    for (const state of filters.published) {
      if (state === 'unpublished') states.push(isNull(verdictPublications.id));
      if (state === 'withdrawn') states.push(eq(verdictPublications.action, 'unpublish'));
      if (state === 'published') states.push(and(eq(verdictPublications.action, 'publish'), gte(verdictPublications.claimVersion, claims.contentVersion))!);
      if (state === 'changed_since_publication') {
        states.push(and(eq(verdictPublications.action, 'publish'), lt(verdictPublications.claimVersion, claims.contentVersion))!);
      }
    }
    where.push(or(...states)!);
  }
  return where;
}

export async function exportClaimsPage(
  db: Db,
  filters: ClaimFilters,
  after: number | null,
  limit: number,
): Promise<{ rows: ExportClaimRow[]; next: number | null }> {
  const where = conditions(filters);
  if (after !== null) where.push(gt(claims.id, after));
  const found = await db
    .select({
      id: claims.id,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      value: claims.value,
      qualifier: claims.qualifier,
      counted: claims.counted,
      category: claims.category,
      claimant: claims.claimant,
      status: claims.status,
      version: claims.version,
      contentVersion: claims.contentVersion,
      createdAt: claims.createdAt,
      updatedAt: claims.updatedAt,
      pubId: verdictPublications.id,
      pubAction: verdictPublications.action,
      pubStatus: verdictPublications.status,
      pubVersion: verdictPublications.claimVersion,
      pubAt: verdictPublications.publishedAt,
    })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId))
    .leftJoin(verdictPublications, and(eq(verdictPublications.claimId, claims.id), currentPublication))
    .where(and(...where))
    .orderBy(asc(claims.id))
    .limit(limit + 1);
  const page = found.slice(0, limit);
  const urls = new Map<number, string[]>();
  if (page.length) {
    const rows = await db
      .select({ claimId: evidence.claimId, url: evidence.url })
      .from(evidence)
      .where(and(inArray(evidence.claimId, page.map((r) => r.id)), isNull(evidence.removedAt)))
      .orderBy(asc(evidence.id));
    for (const r of rows) urls.set(r.claimId, [...(urls.get(r.claimId) ?? []), r.url]);
  }
  return {
    rows: page.map(({ pubId, pubAction, pubStatus, pubVersion, pubAt, ...r }) => ({
      ...r,
      publication: pubId && pubAction && pubVersion !== null && pubAt ? { action: pubAction, status: pubStatus, claimVersion: pubVersion, publishedAt: pubAt } : null,
      evidenceUrls: urls.get(r.id) ?? [],
    })),
    next: found.length > limit ? page[page.length - 1].id : null,
  };
}
