/**
 * The claims export as RFC 4180 CSV, streamed: rows are pulled a page at a time from an
 * async iterator (the keyset-paginated query) and written as they come, so memory stays
 * flat however many claims are exported and a slow client slows the database reads down
 * instead of filling a buffer.
 *
 * - Fields are separated by commas, records end in CRLF, and a field holding a comma, a
 *   double quote, CR or LF is quoted with its quotes doubled (RFC 4180 section 2).
 * - The stream starts with a UTF-8 byte-order mark: without it Excel reads the file as the
 *   local ANSI code page and Arabic arrives as mojibake.
 * - Formula injection: spreadsheet software runs a cell that starts with = + - @ (or a tab
 *   or CR, which some of them skip before looking) as a formula, so a claimant named
 *   `=HYPERLINK(...)` would become a live link. Such text cells are prefixed with an
 *   apostrophe, which the spreadsheet shows as text (OWASP's CSV injection advice). Numbers
 *   are written as numbers and never prefixed, so -3 stays a number; the apostrophe is
 *   visible to a program reading the raw CSV, which is the price of opening it safely.
 */
import type { Bilingual } from '@/lib/verdicts/scale';

export type CsvValue = string | number | boolean | Date | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]/;
/** = + - @ tab CR, by char code: this runs for every cell of every row. */
const FORMULA_START = new Set([0x3d, 0x2b, 0x2d, 0x40, 0x09, 0x0d]);
/** Several values in one cell (evidence URLs) are one per line inside the quoted cell. */
const LIST_SEPARATOR = '\n';

const DAY_MS = 86_400_000;
const dayPrefixes = new Map<number, string>();
const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * Date#toISOString, several times faster: an export writes three dates per claim, and
 * toISOString was the largest single cost of a row. The "YYYY-MM-DDT" of each day is
 * computed once; the time of day is arithmetic. Years outside 0000-9999 fall back.
 */
export function isoTimestamp(date: Date): string {
  return isoTimestampMs(date.getTime());
}

/** isoTimestamp of epoch milliseconds, as the export's rows carry them (no Date to build). */
export function isoTimestampMs(ms: number): string {
  if (!(ms >= -62_167_219_200_000 && ms < 253_402_300_800_000)) return Number.isNaN(ms) ? '' : new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size > 10_000) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const sec = Math.floor(rest / 1000);
  return `${prefix}${pad(h, 2)}:${pad(m, 2)}:${pad(sec, 2)}.${pad(rest - sec * 1000, 3)}Z`;
}

/** One field as CSV text: guarded against formulas, quoted when RFC 4180 requires it. */
export function csvCell(value: CsvValue): string {
  let text: string;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoTimestamp(value);
  if (Array.isArray(value)) text = value.join(LIST_SEPARATOR);
  else text = value as string;
  if (FORMULA_START.has(text.charCodeAt(0))) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i ? ',' : '') + csvCell(values[i]);
  return `${line}\r\n`;
}

export interface CsvColumn<Row> {
  key: string;
  header: Bilingual;
  value: (row: Row) => CsvValue;
}

export const BOM = '\ufeff';

/**
 * The CSV text in chunks: BOM and header first, then one chunk per page of rows. Pages
 * are pulled one at a time, only when the consumer asks for the next chunk.
 */
export async function* csvChunks<Row>(
  columns: readonly CsvColumn<Row>[],
  pages: AsyncIterable<readonly Row[]>,
  locale: 'ar' | 'en' = 'en',
): AsyncGenerator<string> {
  yield BOM + csvRecord(columns.map((c) => c.header[locale]));
  const n = columns.length;
  for await (const page of pages) {
    let chunk = '';
    for (const row of page) {
      for (let i = 0; i < n; i++) chunk += (i ? ',' : '') + csvCell(columns[i].value(row));
      chunk += '\r\n';
    }
    if (chunk) yield chunk;
  }
}

/** A pull-based byte stream over chunks, for `new Response(stream)` in a route handler. */
export function textStream(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const it = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { value, done } = await it.next();
          if (done) controller.close();
          else controller.enqueue(encoder.encode(value));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await it.return?.(undefined);
      },
    },
    { highWaterMark: 1 },
  );
}

/** The same rows as a streamed JSON array, for export.json. */
export async function* jsonArrayChunks<Row>(pages: AsyncIterable<readonly Row[]>, toJson: (row: Row) => unknown): AsyncGenerator<string> {
  yield '[';
  let first = true;
  for await (const page of pages) {
    let chunk = '';
    for (const row of page) {
      chunk += (first ? '' : ',') + JSON.stringify(toJson(row));
      first = false;
    }
    if (chunk) yield chunk;
  }
  yield ']';
}

export const CSV_HEADERS = {
  'content-type': 'text/csv; charset=utf-8; header=present',
  'cache-control': 'no-store',
} as const;

export function attachmentHeader(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
