/**
 * npm run bench:writes -- [--runs 2000] [--database FILE] [--engine pg]
 *
 * The use cases behind each request of `npm run test:load`, timed on their own (no HTTP, no
 * Next): the token lookup, a claim read (GET /api/v1/claims/{id}), a comment, an edit, and an
 * edit with a stale version (409). Prints the median and p95 per call, so a load-test figure
 * splits into what the desk computes and what serving it costs. Runs on a fresh SQLite file
 * with the seed article unless --database names another target (a postgres:// URL works);
 * --engine pg runs on a throwaway PostgreSQL cluster instead.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startCluster } from '@/db/pg/throwaway-cluster';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '2000' }, database: { type: 'string' }, engine: { type: 'string', default: 'sqlite' } } });
const RUNS = Number(values.runs);

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-writes-'));
  const cluster = values.engine === 'pg' ? await startCluster() : null;
  if (cluster) {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE isnad_bench_writes');
    await admin.end();
  }
  const target = cluster?.url('isnad_bench_writes') ?? values.database ?? path.join(dir, 'bench.db');
  // db/schema picks its engine's tables from DATABASE_URL when it loads: set it, then import.
  process.env.DATABASE_URL = target;
  const [{ openDatabase }, { claims }, { seedArticle }, { saveUser }, { createApiToken }, { actorOfToken }, { getClaim }, { commentOnClaim }, { editClaim }] = await Promise.all([
    import('@/db/client'),
    import('@/db/schema'),
    import('@/db/seed/seed-demo'),
    import('@/lib/users/save-user'),
    import('@/lib/tokens/create-api-token'),
    import('@/lib/tokens/token-actor'),
    import('@/lib/claims/get-claim'),
    import('@/lib/claims/comment-on-claim'),
    import('@/lib/claims/edit-claim'),
  ]);
  const db = await openDatabase(target);
  try {
    await seedArticle(db);
    const { user } = await saveUser(db, 'cli', { email: `bench-${randomBytes(3).toString('hex')}@isnad.test`, role: 'editor', password: randomBytes(12).toString('hex') });
    const actor = { id: user.id, role: user.role, name: user.name, email: user.email };
    const { token } = await createApiToken(db, actor, { name: 'bench', scope: 'write' });
    const ids = (await db.select({ id: claims.id }).from(claims).orderBy(claims.id)).slice(0, 6).map((c) => c.id);
    const version = new Map<number, number>();
    for (const id of ids) version.set(id, (await getClaim(db, actor, id)).version);
    let n = 0;
    const cases: Array<[string, () => Promise<unknown>]> = [
      ['token lookup (actorOfToken)', () => actorOfToken(db, token)],
      ['GET claim (getClaim)', () => getClaim(db, actor, ids[n % ids.length])],
      ['comment (commentOnClaim)', () => commentOnClaim(db, actor, { claimId: ids[n % ids.length], note: `bench ${n}` })],
      [
        'edit (editClaim)',
        async () => {
          const id = ids[n % ids.length];
          const claim = await editClaim(db, actor, { claimId: id, version: version.get(id), claimant: `bench ${n}` });
          version.set(id, claim.version);
        },
      ],
      ['stale edit, 409 (editClaim)', () => editClaim(db, actor, { claimId: ids[n % ids.length], version: 1_000_000, claimant: 'stale' }).catch(() => undefined)],
    ];
    console.log(`${RUNS} calls each on ${db.engine}, after ${Math.min(100, RUNS)} warm-up calls:`);
    for (const [name, fn] of cases) {
      for (let i = 0; i < Math.min(100, RUNS); i++, n++) await fn();
      const times: number[] = [];
      for (let i = 0; i < RUNS; i++, n++) {
        const t = performance.now();
        await fn();
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(3);
      console.log(`  ${name.padEnd(32)} median ${at(0.5)} ms, p95 ${at(0.95)} ms`);
    }
  } finally {
    await db.close();
    cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
