/**
 * Throughput and memory of the streamed claims CSV export: 200,000 synthetic Arabic rows
 * pulled in pages of 500 (as the keyset query would serve them) and written to a byte
 * stream that is read and dropped. Prints rows/s and RSS before and after; not a pass/fail
 * test. Target: over 100,000 rows/s with RSS flat as the row count grows.
 *
 *   npx tsx scripts/bench-csv.ts [rows] [pageSize]
 */
import { claimsCsv, keysetPages, type ExportRow } from '../lib/desk/claims-export';
import { textStream } from '../lib/desk/csv';

const ROWS = Number(process.argv[2] ?? 200_000);
const PAGE = Number(process.argv[3] ?? 500);
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

function syntheticRow(id: number): ExportRow {
  return {
    claimId: id,
    articleSlug: `article-${id % 997}`,
    articleTitle: `محادثات وقف إطلاق النار، الجولة ${id % 50}`,
    value: (id * 7) % 10_000,
    qualifier: id % 3 ? 'at least' : null,
    counted: 'مدنيين قُتلوا في القصف، بحسب "المرصد"',
    category: 'casualties',
    claimant: id % 11 ? 'وزارة الصحة' : '=HYPERLINK("x")',
    status: 'false',
    publishedVerdict: id % 2 ? 'false' : null,
    explanation: 'أفادت الأمم المتحدة بعدد مختلف،\nوأكدت مصادر محلية الرقم الأعلى.',
    evidenceUrls: [`https://evidence.example/${id}`, `https://un.example/report?id=${id}&p=2`],
    assignee: id % 5 ? 'ليلى' : null,
    published: 'published',
    createdAt: new Date(1_700_000_000_000 + id * 1000),
    updatedAt: new Date(1_700_000_500_000 + id * 1000),
    publishedAt: id % 2 ? new Date(1_700_001_000_000 + id * 1000) : null,
  };
}

async function main() {
  global.gc?.();
  const rssStart = process.memoryUsage().rss;
  // Time spent making the synthetic rows (the database's share), reported apart.
  let generating = 0;
  const pages = keysetPages<ExportRow, number>(async (after) => {
    const g0 = performance.now();
    const from = after ?? 0;
    const to = Math.min(from + PAGE, ROWS);
    const rows: ExportRow[] = [];
    for (let id = from + 1; id <= to; id++) rows.push(syntheticRow(id));
    generating += performance.now() - g0;
    return { rows, next: to < ROWS ? to : null };
  });
  const reader = textStream(claimsCsv(pages)).getReader();
  let bytes = 0;
  let rssPeak = rssStart;
  let chunks = 0;
  const t0 = performance.now();
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    bytes += r.value.byteLength;
    if (++chunks % 40 === 0) rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - t0) / 1000;
  const rssEnd = process.memoryUsage().rss;
  console.log(`rows:        ${ROWS.toLocaleString('en')} in pages of ${PAGE}`);
  console.log(`output:      ${mb(bytes)} of CSV in ${seconds.toFixed(2)} s`);
  const writing = seconds - generating / 1000;
  console.log(`throughput:  ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s end to end (${mb(bytes / seconds)}/s)`);
  console.log(`writer only: ${Math.round(ROWS / writing).toLocaleString('en')} rows/s (${(generating / 1000).toFixed(2)} s of the total made the rows)`);
  console.log(`RSS:         start ${mb(rssStart)}, peak ${mb(rssPeak)}, end ${mb(rssEnd)}`);
}

void main();
