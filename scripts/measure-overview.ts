/**
 * /overview's figures on an archive-sized desk, against the naive reads they replace, side by
 * side in one run: a temporary SQLite database migrated as the app's, seeded by
 * db/seed/bench-seed.ts, then each read timed (median of 9 runs, after one warm-up).
 *
 *   npx tsx scripts/measure-overview.ts [articles] [claims] [events]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRaw } from '../db/client';
import { getDeskTotals, getMedianTimes, getVerdictsPerDay, getWorkPerChecker } from '../db/queries/overview';
import { seedBench } from '../db/seed/bench-seed';
import { median } from '../lib/desk/overview-stats';

const [articles = 2_000, claims = 100_000, events = 1_000_000] = process.argv.slice(2).map(Number);

async function time(label: string, fn: () => Promise<unknown>) {
  await fn();
  const runs: number[] = [];
  for (let i = 0; i < 9; i++) {
    const t = performance.now();
    await fn();
    runs.push(performance.now() - t);
  }
  console.log(`${label.padEnd(58)} ${median(runs)!.toFixed(2).padStart(9)} ms`);
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-overview-'));
  const db = await openDatabase(join(dir, 'desk.db'));
  try {
    console.log(`seeding ${articles} articles, ${claims} claims, ${events} events…`);
    await seedBench(db, { articles, claims, events });
    const since = new Date(Date.now() - 90 * 86_400_000);
    console.log('-- maintained / period-bounded (what /overview runs)');
    await time('totals by status and category (desk_counts)', () => getDeskTotals(db));
    await time('verdicts per day, last 90 days', () => getVerdictsPerDay(db, since));
    await time('work per person, last 90 days', () => getWorkPerChecker(db, since));
    await time('medians to first verdict / publication, last 90 days', () => getMedianTimes(db, since));
    console.log('-- naive reads of every row (what it avoids)');
    await time('totals: GROUP BY over every claim', () => queryRaw(db, sql`SELECT status, category, count(*) FROM claims GROUP BY status, category`));
    await time('work per person: GROUP BY over every event', () => queryRaw(db, sql`SELECT actor_id, count(*) FROM review_events WHERE kind = 'status_changed' GROUP BY actor_id`));
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
