/**
 * The claims export (`GET /api/v1/claims/export.csv|json`): the claim list's filters, every
 * matching claim streamed a keyset page at a time, so memory stays flat and a slow reader
 * slows the reads down instead of filling a buffer.
 */
import type { Db } from '@/db/client';
import { exportClaimsPage, type ExportClaimRow } from '@/db/queries/claims-export';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { DomainError } from '@/lib/errors';
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

/**
 * A claim as an export row: the one place that maps the desk's columns onto the export's.
 * The public explanation and the assignee are empty until the desk stores them; each is
 * then a one-line change here.
 */
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
    explanation: null,
    evidenceUrls: row.evidenceUrls,
    assignee: null,
    published: publishedState(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    publishedAt: current?.publishedAt ?? null,
  };
}

/** The filters of the claim list, refusing the ones this desk cannot answer yet. */
export function parseExportFilters(params: URLSearchParams): ClaimFilters {
  const filters = parseClaimFilters(params);
  for (const name of ['assignee', 'queue'] as const) {
    if (filters[name] !== undefined) {
      throw new DomainError('invalid_input', `${name}: not available yet (claims have no assignee)`, { [name]: 'not available yet' });
    }
  }
  return filters;
}

export function exportPages(db: Db, filters: ClaimFilters, pageSize = EXPORT_PAGE_SIZE) {
  return (async function* () {
    for await (const page of keysetPages((after: number | null) => exportClaimsPage(db, filters, after, pageSize))) {
      yield page.map(toExportRow);
    }
  })();
}

/** The streamed response; authorisation and filters are checked before the first byte. */
export function exportClaims(db: Db, actor: Actor | null, params: URLSearchParams, format: 'csv' | 'json'): Response {
  assertCan(actor, 'claims:read');
  const filters = parseExportFilters(params);
  const name = `isnad-claims${filters.article ? `-${filters.article}` : ''}`;
  const pages = exportPages(db, filters);
  if (format === 'csv') {
    return new Response(textStream(claimsCsv(pages)), {
      headers: { ...CSV_HEADERS, 'content-disposition': attachmentHeader(`${name}.csv`) },
    });
  }
  return new Response(textStream(claimsJson(pages)), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-disposition': attachmentHeader(`${name}.json`) },
  });
}
