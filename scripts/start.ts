import { databaseTarget, openDatabase } from '@/db/client';
import { describeTarget } from '@/db/engine';
import { fail } from './lib/args';
import { ensureAuthSecret, hasBuild, runNext, runNextCluster, workerCount } from './lib/server';

/** Production start: an existing build, a migrated database, no demo accounts. */
async function main() {
  if (!hasBuild()) fail('No production build found: run `npm run build` first (or `npm run demo` to build, seed and start).');
  const target = databaseTarget();
  await (await openDatabase(target)).close();
  ensureAuthSecret(target);
  process.env.AUTH_TRUST_HOST ??= 'true';
  // next-auth then builds its redirect URLs from the configured origin, not the request's Host.
  if (process.env.ISNAD_PUBLIC_URL) process.env.AUTH_URL ??= process.env.ISNAD_PUBLIC_URL;
  if (!process.env.ISNAD_PUBLIC_URL) {
    console.warn('Isnad: ISNAD_PUBLIC_URL is not set: ClaimReview URLs follow the Host header of each request. Set it in production.');
  }
  const port = process.env.PORT || '3000';
  // ISNAD_WORKERS=N: N server processes on one port (one per core is the usual choice).
  const workers = workerCount(process.env.ISNAD_WORKERS);
  console.log(`Isnad: database ${describeTarget(target)}, serving on http://localhost:${port}${workers > 1 ? ` with ${workers} processes` : ''}`);
  process.exit(await (workers > 1 ? runNextCluster(['start', '-p', port], workers) : runNext(['start', '-p', port])));
}

void main();
