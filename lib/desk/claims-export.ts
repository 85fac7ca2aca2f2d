/**
 * The columns of the claims export (CSV and JSON), one row per claim, and the pager that
 * feeds the stream from the keyset-paginated claim list.
 */
import { VERDICT_SCALE, isVerdict, type ClaimStatusV2 } from '@/lib/verdicts/scale';
import { csvChunks, jsonArrayChunks, type CsvColumn } from './csv';

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
