import { databaseTarget, openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';

async function main() {
  const target = databaseTarget();
  await (await openDatabase(target)).close();
  console.log(`Database ${describeTarget(target)} is up to date.`);
}

void main();
