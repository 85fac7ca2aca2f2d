import { databaseTarget, openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';
import { backfillSearchIndex } from '@/db/search/backfill';

async function main() {
  const target = databaseTarget();
  const db = await openDatabase(target);
  // Indexing an upgraded archive here, before the server starts, spares it the background run.
  await backfillSearchIndex(db, { log: console.log });
  await db.close();
  console.log(`Database ${describeTarget(target)} is up to date.`);
}

void main();
