import { databaseTarget, openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';
import { fail } from './lib/args';
import { ensureAuthSecret, hasBuild, runNext } from './lib/server';

/** Production start: an existing build, a migrated database, no demo accounts. */
async function main() {
  if (!hasBuild()) fail('No production build found: run `npm run build` first (or `npm run demo` to build, seed and start).');
  const target = databaseTarget();
  await (await openDatabase(target)).close();
  ensureAuthSecret(target);
  process.env.AUTH_TRUST_HOST ??= 'true';
  const port = process.env.PORT || '3000';
  console.log(`Isnad: database ${describeTarget(target)}, serving on http://localhost:${port}`);
  process.exit(await runNext(['start', '-p', port]));
}

void main();
