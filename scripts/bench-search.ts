import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';
import { backfillSearchIndex } from '@/db/search/backfill';
import { searchDesk } from '@/lib/desk/search-desk';

/**
 * Times the desk search on a database (e.g. one made by `npm run bench:seed`):
 *   npx tsx scripts/bench-search.ts --database /tmp/search-bench.db [--runs 20]
 * Opening migrates it; rows not yet indexed are indexed first (the start-up backfill, timed:
 * what an upgrade costs), then each query runs --runs times through the use case the page
 * and the API call (index look-up, rows, snippets), and the median and slowest are printed.
 */
const QUERIES = ['وزارة الصحة', 'الأمم المتحدة', 'الصحه', 'حلب', 'شاحنة مساعدات', '"الهلال الأحمر"', 'غزة', 'UNRWA', 'ال'];

async function main() {
  const { values } = parseArgs({ options: { database: { type: 'string', default: './data/bench.db' }, runs: { type: 'string', default: '20' } } });
  const runs = Number(values.runs);
  const db = await openDatabase(values.database);
  try {
    const started = performance.now();
    const indexed = await backfillSearchIndex(db, { log: console.log });
    console.log(`backfill: ${JSON.stringify(indexed)} in ${((performance.now() - started) / 1000).toFixed(1)} s on ${describeTarget(values.database!)}`);
    const actor = { id: 1, role: 'checker' as const, name: 'bench', email: 'bench@example.test' };
    for (const q of QUERIES) {
      const times: number[] = [];
      let found = { articles: 0, claims: 0 };
      for (let i = 0; i < runs; i++) {
        const t = performance.now();
        const r = await searchDesk(db, actor, new URLSearchParams({ q }));
        times.push(performance.now() - t);
        found = { articles: r.articles.length, claims: r.claims.length };
      }
      times.sort((a, b) => a - b);
      console.log(`${q.padEnd(18)} median ${times[Math.floor(runs / 2)].toFixed(1)} ms, slowest ${times[runs - 1].toFixed(1)} ms  (page: ${found.articles} articles, ${found.claims} claims)`);
    }
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
