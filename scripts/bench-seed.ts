import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';
import { seedBench } from '@/db/seed/bench-seed';

/** npm run bench:seed -- --database PATH|postgres://… --articles N --claims N --events N */
async function main() {
  const { values } = parseArgs({
    options: {
      database: { type: 'string', default: './data/bench.db' },
      articles: { type: 'string', default: '2000' },
      claims: { type: 'string', default: '200000' },
      events: { type: 'string', default: '1000000' },
    },
  });
  const size = { articles: Number(values.articles), claims: Number(values.claims), events: Number(values.events) };
  if (!Object.values(size).every((n) => Number.isInteger(n) && n > 0) || size.claims < size.articles) {
    throw new Error('--articles, --claims and --events are positive integers, with at least one claim per article.');
  }
  const started = performance.now();
  const db = await openDatabase(values.database);
  try {
    const written = await seedBench(db, size, (line) => console.log(line));
    const seconds = (performance.now() - started) / 1000;
    console.log(`Seeded ${describeTarget(values.database!)}: ${JSON.stringify(written)} in ${seconds.toFixed(1)} s`);
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
