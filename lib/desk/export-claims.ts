/**
 * The claims export (`GET /api/v1/claims/export.csv|json`): the claim list's filters, every
 * matching claim streamed a keyset page at a time, so memory stays flat and a slow reader
 * slows the reads down instead of filling a buffer.
 */
import type { Db } from '@/db/client';
import { exportClaimsPage, type ExportClaimTuple } from '@/db/queries/claims-export';
import type { ClaimViewer } from '@/db/queries/list-claims';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { config } from '@/lib/config';
import { parseClaimFilters, type ClaimFilters } from './claim-filters';
import { claimsCsvFromTuples, claimsJson, keysetPages, toExportRow } from './claims-export';
import { attachmentHeader, CSV_HEADERS, textStream } from './csv';

/**
 * Rows read from the database per page: big enough to amortise the two queries and the
 * stream's per-chunk costs, small enough that a page (about 0.5 MB of CSV) keeps memory flat.
 */
export const EXPORT_PAGE_SIZE = 1000;

/** The filters of the claim list, queues and assignee included: the same parser as /claims. */
export function parseExportFilters(params: URLSearchParams): ClaimFilters {
  return parseClaimFilters(params);
}

/** The query's pages as they come (arrays, for the CSV writer). */
export function exportTuplePages(db: Db, filters: ClaimFilters, viewer: ClaimViewer, pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<readonly ExportClaimTuple[]> {
  return keysetPages((after: number | null) => exportClaimsPage(db, filters, after, pageSize, viewer));
}

/** "My queue" and "ready to publish" depend on who asks, as on /claims. */
export function exportPages(db: Db, filters: ClaimFilters, viewer: ClaimViewer, pageSize = EXPORT_PAGE_SIZE) {
  return (async function* () {
    for await (const page of exportTuplePages(db, filters, viewer, pageSize)) yield page.map(toExportRow);
  })();
}

/** The streamed response; authorisation and filters are checked before the first byte. */
export function exportClaims(db: Db, actor: Actor | null, params: URLSearchParams, format: 'csv' | 'json'): Response {
  assertCan(actor, 'claims:read');
  const filters = parseExportFilters(params);
  const name = `isnad-claims${filters.article ? `-${filters.article}` : ''}`;
  const viewer = { id: actor.id, requireSecondReviewer: config.requireSecondReviewer };
  if (format === 'csv') {
    return new Response(textStream(claimsCsvFromTuples(exportTuplePages(db, filters, viewer))), {
      headers: { ...CSV_HEADERS, 'content-disposition': attachmentHeader(`${name}.csv`) },
    });
  }
  return new Response(textStream(claimsJson(exportPages(db, filters, viewer))), {
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-disposition': attachmentHeader(`${name}.json`) },
  });
}
