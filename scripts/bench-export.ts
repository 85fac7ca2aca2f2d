/**
 * The claims CSV export end to end: the real route code (lib/desk/export-claims.ts) reading a
 * copy of the archive through the database, streamed over a loopback HTTP response and read
 * by a client in the same process. Prints rows/s, MB/s and heap/RSS growth; median of --runs.
 *
 *   npm run bench:export -- --database /tmp/me/b2k.db [--before DIR] [--runs 3] [--engines sqlite,pg] [--port 3421]
 *
 * --database   a seeded SQLite archive (npm run bench:seed); it is copied first and never written
 * --before     another checkout (e.g. `git archive main | tar -x -C DIR`, node_modules linked):
 *              its export is measured beside this one's, alternating run by run
 * --engines    pg: the archive is copied (db:copy, this checkout's) into a throwaway PostgreSQL
 *              cluster once, and both checkouts export from it; --pg-database names a smaller
 *              SQLite archive to copy there instead, as the full copy takes minutes
 *
 * Each measurement runs in its own `node --expose-gc` process (cwd = the checkout, so its `@/`
 * imports are its own); heap is sampled after a collection every 200 chunks (about 13 MB).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: './data/bench.db' },
    'pg-database': { type: 'string' },
    before: { type: 'string' },
    runs: { type: 'string', default: '3' },
    engines: { type: 'string', default: 'sqlite' },
    port: { type: 'string', default: '3421' },
    query: { type: 'string', default: '' },
    // Internal: one measurement in this process.
    worker: { type: 'boolean', default: false },
    root: { type: 'string' },
    target: { type: 'string' },
  },
});

interface Figures {
  rows: number;
  bytes: number;
  seconds: number;
  heapBefore: number;
  heapPeak: number;
  rssBefore: number;
  rssPeak: number;
  /** CPU seconds (user + system) of the process during the export: steadier than wall time on a busy machine. */
  cpu: number;
}

async function worker(): Promise<void> {
  const root = path.resolve(values.root!);
  process.env.DATABASE_URL = values.target!;
  const { openDatabase, queryRaw } = await import(path.join(root, 'db/client.ts'));
  const { exportClaims } = await import(path.join(root, 'lib/desk/export-claims.ts'));
  const { sql } = await import('drizzle-orm');
  const db = await openDatabase(values.target!);
  const [{ n }] = await queryRaw(db, sql`SELECT count(*) AS n FROM claims c JOIN articles a ON a.id = c.article_id WHERE a.deleted_at IS NULL`);
  const actor = { id: 1, role: 'editor' as const, name: 'bench', email: 'bench@isnad.test' };
  const server = http.createServer((req, res) => {
    const response: Response = exportClaims(db, actor, new URL(req.url!, 'http://x').searchParams, 'csv');
    res.writeHead(response.status, Object.fromEntries(response.headers));
    Readable.fromWeb(response.body as import('node:stream/web').ReadableStream).pipe(res);
  });
  const port = Number(values.port);
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const rssBefore = process.memoryUsage().rss;
  let heapPeak = heapBefore, rssPeak = rssBefore, bytes = 0, chunks = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await new Promise<void>((resolve, reject) => {
    http.get(`http://127.0.0.1:${port}/api/v1/claims/export.csv?${values.query}`, (res) => {
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.byteLength;
        if (++chunks % 200 === 0) {
          global.gc?.();
          const m = process.memoryUsage();
          heapPeak = Math.max(heapPeak, m.heapUsed);
          rssPeak = Math.max(rssPeak, m.rss);
        }
      });
      res.on('end', resolve);
      res.on('error', reject);
    }).on('error', reject);
  });
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  // A short export may end before the first sample: its live heap at the end counts too.
  global.gc?.();
  heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
  rssPeak = Math.max(rssPeak, process.memoryUsage().rss);
  server.close();
  await db.close();
  const figures: Figures = { rows: Number(n), bytes, seconds, heapBefore, heapPeak, rssBefore, rssPeak, cpu: (cpu.user + cpu.system) / 1e6 };
  console.log(`FIGURES ${JSON.stringify(figures)}`);
}

function measure(root: string, target: string): Figures {
  const script = path.resolve(__filename);
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, '--worker', '--root', root, '--target', target, '--port', values.port!, '--query', values.query!],
    { cwd: root, encoding: 'utf8', env: { ...process.env, ISNAD_RATE_LIMITS: 'off' } },
  );
  const line = run.stdout.split('\n').find((l) => l.startsWith('FIGURES '));
  if (!line) throw new Error(`export measurement failed in ${root}:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(line.slice(8));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

function report(label: string, runs: Figures[]) {
  const rate = median(runs.map((f) => f.rows / f.seconds));
  const mbs = median(runs.map((f) => f.bytes / f.seconds));
  const heap = median(runs.map((f) => f.heapPeak - f.heapBefore));
  const rss = median(runs.map((f) => f.rssPeak - f.rssBefore));
  const perCpu = median(runs.map((f) => f.rows / f.cpu));
  const each = runs.map((f) => Math.round(f.rows / f.seconds).toLocaleString('en')).join(' / ');
  console.log(
    `${label.padEnd(18)} ${Math.round(rate).toLocaleString('en').padStart(8)} rows/s  ${(mbs / 1e6).toFixed(1).padStart(5)} MB/s  ` +
      `${Math.round(perCpu).toLocaleString('en').padStart(8)} rows/CPU-s  heap +${mb(heap)}  RSS +${mb(rss)}  (${runs[0].rows.toLocaleString('en')} rows, ${mb(runs[0].bytes)}; runs: ${each})`,
  );
}

async function main() {
  const here = path.resolve(__dirname, '..');
  const trees: Array<[string, string]> = [];
  if (values.before) trees.push(['before', path.resolve(values.before)]);
  trees.push(['this checkout', here]);
  const runs = Number(values.runs);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-export-'));
  const cleanup: Array<() => void> = [() => fs.rmSync(dir, { recursive: true, force: true })];
  try {
    for (const engine of values.engines!.split(',')) {
      let target: string;
      if (engine === 'pg') {
        const { startCluster } = await import('@/db/pg/throwaway-cluster');
        const cluster = await startCluster();
        cleanup.push(() => cluster.stop());
        const admin = new pg.Client({ connectionString: cluster.url() });
        await admin.connect();
        await admin.query('CREATE DATABASE isnad_bench_export');
        await admin.end();
        target = cluster.url('isnad_bench_export');
        // db:copy opens its source read-write (migrations): it gets a copy, never the archive.
        const source = path.join(dir, 'pg-source.db');
        fs.copyFileSync(values['pg-database'] ?? values.database!, source);
        const t0 = Date.now();
        const copy = spawnSync('npx', ['tsx', 'scripts/db-copy.ts', '--from', source, '--to', target], { cwd: here, encoding: 'utf8' });
        if (copy.status !== 0) throw new Error(`db:copy failed: ${copy.stdout}\n${copy.stderr}`);
        console.log(`pg: copied ${values['pg-database'] ?? values.database} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      } else {
        target = path.join(dir, 'archive.db');
        fs.copyFileSync(values.database!, target);
      }
      const figures = new Map<string, Figures[]>(trees.map(([label]) => [label, []]));
      for (let r = 0; r < runs; r++) for (const [label, root] of trees) figures.get(label)!.push(measure(root, target));
      console.log(`\nexport.csv${values.query ? `?${values.query}` : ''} on ${engine}, median of ${runs} (${os.cpus().length} cores, shared machine):`);
      for (const [label] of trees) report(label, figures.get(label)!);
    }
  } finally {
    for (const fn of cleanup.reverse()) fn();
  }
}

if (values.worker) void worker();
else
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
