/**
 * The claims export (`GET /api/v1/claims/export.csv|json`): the claim list's filters, every
 * matching claim streamed a keyset page at a time, so memory stays flat and a slow reader
 * slows the reads down instead of filling a buffer.
 */
import type { Db } from '@/db/client';
import { exportClaimsPage, type ExportClaimRow } from '@/db/queries/claims-export';
import type { ClaimViewer } from '@/db/queries/list-claims';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { config } from '@/lib/config';
import type { ClaimStatusV2 } from '@/lib/verdicts/scale';
import { parseClaimFilters, type ClaimFilters } from './claim-filters';
import { claimsCsv, claimsJson, keysetPages, type ExportRow, type PublishedState } from './claims-export';
import { attachmentHeader, CSV_HEADERS, textStream } from './csv';

/** Rows read from the database per page: big enough to amortise the query, small enough to stay flat. */
export const EXPORT_PAGE_SIZE = 500;

function publishedState(row: ExportClaimRow): PublishedState {
  const p = row.publication;
  if (!p) return 'unpublished';
  if (p.action === 'unpublish') return 'withdrawn';
  return p.claimVersion < row.contentVersion ? 'changed_since_publication' : 'published';
}

/** A claim as an export row: the one place that maps the desk's columns onto the export's. */
export function toExportRow(row: ExportClaimRow): ExportRow {
  const current = row.publication?.action === 'publish' ? row.publication : null;
  return {
    claimId: row.id,
    articleSlug: row.articleSlug,
    articleTitle: row.articleTitle,
    value: row.value,
    qualifier: row.qualifier,
    counted: row.counted,
    category: row.category,
    claimant: row.claimant,
    status: row.status as ClaimStatusV2,
    publishedVerdict: (current?.status ?? null) as ClaimStatusV2 | null,
    explanation: row.explanation,
    evidenceUrls: row.evidenceUrls,
    assignee: row.assigneeName,
    published: publishedState(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: current?.publishedAt ?? null,
  };
}

/** The filters of the claim list, queues and assignee included: the same parser as /claims. */
export function parseExportFilters(params: URLSearchParams): ClaimFilters {
  return parseClaimFilters(params);
}

/** "My queue" and "ready to publish" depend on who asks, as on /claims. */
export function exportPages(db: Db, filters: ClaimFilters, viewer: ClaimViewer, pageSize = EXPORT_PAGE_SIZE) {
  return (async function* () {
    for await (const page of keysetPages((after: number | null) => exportClaimsPage(db, filters, after, pageSize, viewer))) {
      yield page.map(toExportRow);
    }
  })();
}

/** The streamed response; authorisation and filters are checked before the first byte. */
export function exportClaims(db: Db, actor: Actor | null, params: URLSearchParams, format: 'csv' | 'json'): Response {
  assertCan(actor, 'claims:read');
  const filters = parseExportFilters(params);
  const name = `isnad-claims${filters.article ? `-${filters.article}` : ''}`;
  const pages = exportPages(db, filters, { id: actor.id, requireSecondReviewer: config.requireSecondReviewer });
  if (format === 'csv') {
    return new Response(textStream(claimsCsv(pages)), {
      headers: { ...CSV_HEADERS, 'content-disposition': attachmentHeader(`${name}.csv`) },
    });
  }
  return new Response(textStream(claimsJson(pages)), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-disposition': attachmentHeader(`${name}.json`) },
  });
}
