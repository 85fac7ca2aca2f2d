import { databaseTarget } from '@/db/client';
import { backupDatabase } from '@/db/backup';
import { describeTarget } from '@/db/engine';
import { fail } from './lib/args';

const USAGE = 'usage: npm run db:backup -- FILE   (a consistent copy of the configured database, safe while the server runs)';

async function main() {
  const file = process.argv[2];
  if (!file || file.startsWith('-')) fail(USAGE);
  const target = databaseTarget();
  const started = Date.now();
  await backupDatabase(target, file);
  console.log(`Backed up ${describeTarget(target)} to ${file} in ${Date.now() - started} ms.`);
}

main().catch((error) => {
  console.error(`db:backup failed: ${(error as Error).message}`);
  process.exitCode = 1;
});
