import { spawn, execFileSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { startCluster, type Cluster } from '@/db/pg/throwaway-cluster';
import { hasBuild } from './lib/server';
import { signIn, waitUp } from './lib/http-session';

/*
 * npm run bench -- [--database ./data/bench.db] [--engine sqlite|pg] [--port 3316] [--duration 5] [--app DIR] [--article PATH]
 * Starts the production server on a bench database (see npm run bench:seed), loads it over
 * loopback with autocannon, and prints every figure of issue 10 beside its target.
 */
const { values } = parseArgs({
  options: {
    database: { type: 'string', default: './data/bench.db' },
    engine: { type: 'string', default: 'sqlite' },
    port: { type: 'string', default: '3316' },
    /** Another checkout's directory to serve from (a `before` build), measured by this same harness. */
    app: { type: 'string', default: '.' },
    duration: { type: 'string', default: '5' },
    /** The public article page's path: /ar/articles/bench-1 where the language is in the URL (a `before` build has /articles/…). */
    article: { type: 'string', default: '/articles/bench-1' },
    articles: { type: 'string', default: '2000' },
    claims: { type: 'string', default: '200000' },
    events: { type: 'string', default: '1000000' },
  },
});
const PORT = Number(values.port);
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(values.duration);

interface Figure { name: string; value: number; unit: string; target: string; pass: boolean | null }
const figures: Figure[] = [];
const record = (name: string, value: number, unit: string, target: string, pass: boolean | null) => figures.push({ name, value: Math.round(value * 100) / 100, unit, target, pass });

/** Runs autocannon and keeps every response time, so p95 is computed rather than guessed from p90/p97.5. */
function run(path: string, connections: number, headers: Record<string, string> = {}): Promise<{ rps: number; p95: number; non2xx: number }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    const instance = autocannon({ url: BASE + path, connections, duration: DURATION, headers }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      // No response inside the run: the figure is at least the run's length.
      resolve({ rps: result.requests.average, p95: times[Math.floor(times.length * 0.95)] ?? DURATION * 1000, non2xx: result.non2xx + (times.length ? 0 : 1) });
    });
    instance.on('response', (_client: unknown, _status: number, _bytes: number, time: number) => times.push(time));
  });
}

function rssMb(pid: number): number {
  // The server is `next start` under npm/tsx: sum the resident memory of the whole process tree.
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=']).toString();
  const rows = out.trim().split('\n').map((l) => l.trim().split(/\s+/).map(Number));
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [p, pp] of rows) if (tree.has(pp) && !tree.has(p)) (tree.add(p), (grew = true));
  }
  return rows.filter(([p]) => tree.has(p)).reduce((kb, [, , rss]) => kb + rss, 0) / 1024;
}

async function jsGzipBytes(html: string): Promise<number> {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let total = gzipSync(Buffer.from([...html.matchAll(/<script(?![^>]*src=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join(''))).length;
  for (const src of new Set(srcs)) total += gzipSync(Buffer.from(await (await fetch(new URL(src, BASE))).arrayBuffer())).length;
  return total;
}

async function main() {
  if (values.app === '.' && !hasBuild()) throw new Error('No production build: run `npm run build` first.');
  let cluster: Cluster | null = null;
  let database = values.database!;
  if (values.engine === 'pg') {
    cluster = await startCluster();
    database = cluster.url();
    // The schema module picks its engine from DATABASE_URL when it first loads.
    process.env.DATABASE_URL = database;
    const { openDatabase } = await import('@/db/client');
    const { seedBench } = await import('@/db/seed/bench-seed');
    const db = await openDatabase(database);
    console.log('seeding', await seedBench(db, { articles: Number(values.articles), claims: Number(values.claims), events: Number(values.events) }));
    await db.close();
  }
  const env = { ...process.env, DATABASE_URL: path.resolve(database).startsWith('/') && values.engine !== 'pg' ? path.resolve(database) : database, PORT: String(PORT), ISNAD_RATE_LIMITS: 'off', ISNAD_PUBLIC_URL: BASE, NODE_ENV: 'production' as const };
  const server = spawn('npx', ['tsx', 'scripts/start.ts'], { env, cwd: values.app, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  try {
    await waitUp(BASE, () => server.exitCode !== null);
    const home = await (await fetch(`${BASE}/`)).text();
    const css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
    if (!css) throw new Error('No stylesheet link on the home page.');
    const cookie = await signIn(BASE, 'editor@isnad.test', process.env.ISNAD_DEMO_PASSWORD || 'isnad-demo-2023');
    const article = values.article!;
    // Warm every route once so the first measured request is not a cold compile of the route's module graph.
    for (const p of [css, article, '/', '/api/v1/articles']) await fetch(BASE + p);
    for (const p of ['/review', '/overview']) await fetch(BASE + p, { headers: { cookie } });

    const staticRef = await run(css, 8);
    const pub = await run(article, 8);
    record('static asset req/s (reference)', staticRef.rps, 'req/s', '-', null);
    record('public article req/s', pub.rps, 'req/s', '-', null);
    record('public article / static', pub.rps / staticRef.rps, 'x', '>= 0.8', pub.rps / staticRef.rps >= 0.8);
    let peakRss = 0;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(server.pid!))), 250);
    for (const [path, auth] of [['/', false], ['/review', true], ['/overview', true], ['/api/v1/articles', false]] as const) {
      for (const c of [1, 8]) {
        const r = await run(path, c, auth ? { cookie } : {});
        const target = c === 1 ? 50 : 250;
        record(`${path} p95, ${c} client${c > 1 ? 's' : ''}${r.non2xx ? ` (${r.non2xx} non-2xx or none within the run)` : ''}`, r.p95, 'ms', `<= ${target}`, r.p95 <= target && r.non2xx === 0);
      }
    }
    clearInterval(sampler);
    record('server RSS under 8-client load (peak)', peakRss, 'MB', '<= 400', peakRss <= 400);
    const kb = (await jsGzipBytes(await (await fetch(BASE + article)).text())) / 1024;
    record('JS sent to the public article page (gzip)', kb, 'KB', '<= 100', kb <= 100);

    console.log(`\nbench (${values.engine}, ${database.replace(/:[^:@/]+@/, ':***@')}, ${DURATION}s per figure)`);
    console.table(figures.map((f) => ({ figure: f.name, value: f.value, unit: f.unit, target: f.target, pass: f.pass === null ? '' : f.pass ? 'PASS' : 'FAIL' })));
    console.log(JSON.stringify({ engine: values.engine, figures }));
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {}
    cluster?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
