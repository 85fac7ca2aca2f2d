/**
 * The columns of the claims export (CSV and JSON), one row per claim, and the pager that
 * feeds the stream from the keyset-paginated claim list.
 */
import { E, type ExportClaimTuple } from '@/db/queries/claims-export';
import { VERDICT_SCALE, isVerdict, type ClaimStatusV2 } from '@/lib/verdicts/scale';
import { BOM, csvCell, csvChunks, csvRecord, isoTimestampMs, jsonArrayChunks, type CsvColumn } from './csv';

export const PUBLISHED_STATES = ['unpublished', 'published', 'changed_since_publication', 'withdrawn'] as const;
export type PublishedState = (typeof PUBLISHED_STATES)[number];

export interface ExportRow {
  claimId: number;
  articleSlug: string;
  articleTitle: string;
  value: number | null;
  qualifier: string | null;
  counted: string;
  category: string;
  claimant: string | null;
  status: ClaimStatusV2;
  /** The verdict the public sees now (null if none), which may differ from the desk's status. */
  publishedVerdict: ClaimStatusV2 | null;
  explanation: string | null;
  evidenceUrls: readonly string[];
  assignee: string | null;
  published: PublishedState;
  createdAt: Date;
  updatedAt: Date;
  /** When the current public verdict was published. */
  publishedAt: Date | null;
}

const verdictName = (s: ClaimStatusV2 | null) => (s && isVerdict(s) ? VERDICT_SCALE[s].label.en : null);

export const EXPORT_COLUMNS: readonly CsvColumn<ExportRow>[] = [
  { key: 'claim_id', header: { en: 'claim_id', ar: 'رقم الادعاء' }, value: (r) => r.claimId },
  { key: 'article', header: { en: 'article', ar: 'المقال' }, value: (r) => r.articleSlug },
  { key: 'article_title', header: { en: 'article_title', ar: 'عنوان المقال' }, value: (r) => r.articleTitle },
  { key: 'value', header: { en: 'value', ar: 'القيمة' }, value: (r) => r.value },
  { key: 'qualifier', header: { en: 'qualifier', ar: 'المحدِّد' }, value: (r) => r.qualifier },
  { key: 'counted', header: { en: 'counted', ar: 'المعدود' }, value: (r) => r.counted },
  { key: 'category', header: { en: 'category', ar: 'الفئة' }, value: (r) => r.category },
  { key: 'claimant', header: { en: 'claimant', ar: 'صاحب الادعاء' }, value: (r) => r.claimant },
  { key: 'status', header: { en: 'status', ar: 'الحالة' }, value: (r) => r.status },
  // The machine name of the public verdict, and its public label for people reading the sheet.
  { key: 'verdict', header: { en: 'verdict', ar: 'الحكم' }, value: (r) => r.publishedVerdict },
  { key: 'verdict_label', header: { en: 'verdict_label', ar: 'اسم الحكم' }, value: (r) => verdictName(r.publishedVerdict) },
  { key: 'public_explanation', header: { en: 'public_explanation', ar: 'الشرح العلني' }, value: (r) => r.explanation },
  { key: 'evidence_urls', header: { en: 'evidence_urls', ar: 'روابط الأدلة' }, value: (r) => r.evidenceUrls },
  { key: 'assignee', header: { en: 'assignee', ar: 'المكلَّف' }, value: (r) => r.assignee },
  { key: 'published', header: { en: 'published', ar: 'حالة النشر' }, value: (r) => r.published },
  { key: 'created_at', header: { en: 'created_at', ar: 'تاريخ الإنشاء' }, value: (r) => r.createdAt },
  { key: 'updated_at', header: { en: 'updated_at', ar: 'آخر تعديل' }, value: (r) => r.updatedAt },
  { key: 'published_at', header: { en: 'published_at', ar: 'تاريخ النشر' }, value: (r) => r.publishedAt },
];

/** Whether the public sees the claim's verdict, from its newest publication row. */
export function publishedState(t: ExportClaimTuple): PublishedState {
  if (t[E.pubAction] === null) return 'unpublished';
  if (t[E.pubAction] === 'unpublish') return 'withdrawn';
  return (t[E.pubClaimVersion] as number) < t[E.contentVersion] ? 'changed_since_publication' : 'published';
}

/** A claim as an export row (the JSON export, and the reference the CSV writer below must match). */
export function toExportRow(t: ExportClaimTuple): ExportRow {
  const current = t[E.pubAction] === 'publish';
  return {
    claimId: t[E.id],
    articleSlug: t[E.slug],
    articleTitle: t[E.title],
    value: t[E.value],
    qualifier: t[E.qualifier],
    counted: t[E.counted],
    category: t[E.category],
    claimant: t[E.claimant],
    status: t[E.status] as ClaimStatusV2,
    publishedVerdict: (current ? t[E.pubStatus] : null) as ClaimStatusV2 | null,
    explanation: t[E.explanation],
    evidenceUrls: t[E.evidenceUrls],
    assignee: t[E.assignee],
    published: publishedState(t),
    createdAt: new Date(t[E.createdAt]),
    updatedAt: new Date(t[E.updatedAt]),
    publishedAt: current ? new Date(t[E.pubAt] as number) : null,
  };
}

/** The verdict_label cell of each verdict, written once. */
const verdictLabels = new Map<string | null, string>(Object.keys(VERDICT_SCALE).map((s) => [s, csvCell(verdictName(s as ClaimStatusV2))]));

/**
 * The CSV records of a page of claims, written straight from the query's arrays: the cells of
 * EXPORT_COLUMNS, in their order, byte for byte (claims-export.test.ts compares the two), with
 * no ExportRow in between. This is the export's hot loop: 200,000 claims go through it.
 */
export function claimsCsvRecords(page: readonly ExportClaimTuple[]): string {
  let out = '';
  for (const t of page) {
    const current = t[E.pubAction] === 'publish';
    const verdict = current ? t[E.pubStatus] : null;
    out +=
      `${t[E.id]},${csvCell(t[E.slug])},${csvCell(t[E.title])},${csvCell(t[E.value])},${csvCell(t[E.qualifier])},` +
      `${csvCell(t[E.counted])},${csvCell(t[E.category])},${csvCell(t[E.claimant])},${csvCell(t[E.status])},` +
      `${csvCell(verdict)},${verdictLabels.get(verdict) ?? ''},${csvCell(t[E.explanation])},${csvCell(t[E.evidenceUrls])},` +
      `${csvCell(t[E.assignee])},${publishedState(t)},${isoTimestampMs(t[E.createdAt])},${isoTimestampMs(t[E.updatedAt])},` +
      `${current ? isoTimestampMs(t[E.pubAt] as number) : ''}\r\n`;
  }
  return out;
}

/** The claims CSV from pages of the query's arrays: BOM and header, then one chunk per page. */
export async function* claimsCsvFromTuples(pages: AsyncIterable<readonly ExportClaimTuple[]>, locale: 'ar' | 'en' = 'en'): AsyncGenerator<string> {
  yield BOM + csvRecord(EXPORT_COLUMNS.map((c) => c.header[locale]));
  for await (const page of pages) {
    const chunk = claimsCsvRecords(page);
    if (chunk) yield chunk;
  }
}

/**
 * Pages of a keyset-paginated list, fetched one at a time as the stream asks for them:
 * `fetchPage(null)` is the first page, then `fetchPage(next)` until `next` is null.
 */
export async function* keysetPages<Row, Cursor>(
  fetchPage: (after: Cursor | null) => Promise<{ rows: readonly Row[]; next: Cursor | null }>,
): AsyncGenerator<readonly Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const { rows, next }: { rows: readonly Row[]; next: Cursor | null } = await fetchPage(after);
    if (rows.length) yield rows;
    if (next === null || next === undefined) return;
    after = next;
  }
}

export function claimsCsv(pages: AsyncIterable<readonly ExportRow[]>, locale: 'ar' | 'en' = 'en') {
  return csvChunks(EXPORT_COLUMNS, pages, locale);
}

/** JSON rows keyed like the CSV header, dates as ISO strings, evidence URLs as an array. */
export function claimsJson(pages: AsyncIterable<readonly ExportRow[]>) {
  return jsonArrayChunks(pages, (r) => {
    const out: Record<string, unknown> = {};
    for (const c of EXPORT_COLUMNS) {
      const v = c.value(r);
      out[c.key] = v instanceof Date ? v.toISOString() : (v ?? null);
    }
    return out;
  });
}
