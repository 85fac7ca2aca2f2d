import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startCluster, type Cluster } from '@/db/pg/throwaway-cluster';
import { hasBuild } from './lib/server';
import { signIn, waitUp } from './lib/http-session';
import { cpuMs, pageScripts, peakRss, run } from './bench-load';
import { lighthouseMedian } from './bench-lighthouse';
import { verifyCopy } from './bench-verify-copy';

const HELP = `npm run bench -- [options]

Starts production servers on a benchmark database (npm run bench:seed), loads them over
loopback with autocannon and prints every figure of issue 10 beside its target, one column
per server, in one run, so before/after and SQLite/PostgreSQL are measured side by side
under the same load on the machine.

  --database FILE     the seeded SQLite archive (default ./data/bench.db); each server gets
                      its own copy, so one build's migrations never reach another's database
  --engines LIST      sqlite, pg or sqlite,pg (default sqlite). pg: a throwaway PostgreSQL
                      cluster; the archive is moved there with that build's db:copy, which
                      checks row counts and re-verifies the whole history chain on the target;
                      this checkout's copy is then compared with the archive row by row
  --pg-url URL        pg without the copy: a PostgreSQL database that already holds the
                      archive (an earlier \`npm run db:copy -- --from <archive> --to URL\`, which
                      checked it); each pg server gets its own clone of it (CREATE DATABASE …
                      TEMPLATE, dropped after the run), so the run never writes to URL itself.
                      Nothing may be connected to URL while the clones are taken. A
                      database a server has already run on has its search index built,
                      so the run does not wait for the backfill (over a minute at 200,000
                      claims) before measuring
  --before DIR        another checkout, already built (npm run build), measured beside this
                      one: its figures are the "before" columns
  --duration S        seconds of load per figure and server (default 5)
  --port N            first port; servers take N, N+1, … (default 3316)
  --skip-load         no load figures (with --lighthouse: Lighthouse only)
  --lists PATHS       only these list pages (comma-separated, e.g. /overview,/activity), and
                      not the public article's and static asset's figures
  --lighthouse        also Lighthouse (mobile preset, median of 3) on the public article page
                      and the review desk, with /usr/bin/chromium (or CHROME_PATH)
  --help`;

const { values } = parseArgs({
  options: {
    database: { type: 'string', default: './data/bench.db' },
    engines: { type: 'string', default: 'sqlite' },
    'pg-url': { type: 'string' },
    before: { type: 'string' },
    port: { type: 'string', default: '3316' },
    duration: { type: 'string', default: '5' },
    lighthouse: { type: 'boolean', default: false },
    'skip-load': { type: 'boolean', default: false },
    lists: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const DURATION = Number(values.duration);
const PASSWORD = process.env.ISNAD_DEMO_PASSWORD || 'isnad-demo-2023';

/** The list pages and list APIs of issue 10; `desk` ones are read signed in as an editor. */
const ALL_LISTS: Array<{ path: string; desk: boolean }> = [
  { path: '/', desk: false },
  { path: '/verdicts', desk: false },
  { path: '/figures', desk: false },
  { path: '/review', desk: true },
  { path: '/overview', desk: true },
  { path: '/claims', desk: true },
  { path: '/activity', desk: true },
  { path: '/api/v1/articles', desk: false },
  { path: '/api/v1/claims', desk: true },
  { path: '/api/v1/activity', desk: true },
  { path: '/api/v1/figures', desk: true },
];
const ONLY = values.lists?.split(',').filter(Boolean) ?? null;
const LISTS = ONLY ? ALL_LISTS.filter((l) => ONLY.includes(l.path)) : ALL_LISTS;
if (ONLY && LISTS.length !== ONLY.length) throw new Error(`--lists: one of ${ONLY.join(', ')} is not a list page of the bench`);

/** The public article measured: the newest one the home page lists (an article is public once a verdict of it is published). */
let ARTICLE = '/articles/bench-1';
/** The review desk Lighthouse opens: that same article's. */
const deskOf = (article: string) => article.replace(/^(?:\/(?:ar|en))?\/articles\//, '/review/');

interface Server {
  label: string;
  app: string;
  engine: 'sqlite' | 'pg';
  base: string;
  database: string;
  process?: ChildProcess;
  cookie?: string;
  css?: string;
}
interface Figure { name: string; target: string; values: Record<string, { value: number; pass: boolean | null }> }
const figures: Figure[] = [];
function record(name: string, target: string, label: string, value: number, pass: boolean | null) {
  let f = figures.find((x) => x.name === name);
  if (!f) figures.push((f = { name, target, values: {} }));
  f.values[label] = { value: Math.round(value * 100) / 100, pass };
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
let cluster: Cluster | null = null;
/** The database the run's one db:copy wrote. */
let copied: string | null = null;
/** The clones of --pg-url this run made, dropped at its end. */
const clones: string[] = [];

/** The server's own clone of the --pg-url database, made on that database's server. */
async function cloneOf(url: string, index: number): Promise<string> {
  const source = new URL(url);
  const template = decodeURIComponent(source.pathname.slice(1));
  const name = `bench_${process.pid}_${index}`;
  const admin = new (await import('pg')).default.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).href });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template.replaceAll('"', '""')}"`);
  } finally {
    await admin.end();
  }
  clones.push(Object.assign(new URL(url), { pathname: `/${name}` }).href);
  return clones.at(-1)!;
}

async function dropClones(): Promise<void> {
  for (const url of clones) {
    const name = new URL(url).pathname.slice(1);
    const admin = new (await import('pg')).default.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).href });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
  }
}

/** A database of the server's own: a copy of the archive, or that archive moved to PostgreSQL by the build's own db:copy. */
async function prepare(server: Server, index: number): Promise<void> {
  const source = path.resolve(values.database!);
  if (server.engine === 'sqlite') {
    server.database = path.join(scratch, `${index}.db`);
    fs.copyFileSync(source, server.database);
    return;
  }
  if (values['pg-url']) {
    const started = Date.now();
    server.database = await cloneOf(values['pg-url'], index);
    console.log(`[${server.label}] clone of ${new URL(values['pg-url']).pathname.slice(1)} in ${((Date.now() - started) / 1000).toFixed(0)} s (no db:copy: --pg-url)`);
    return;
  }
  cluster ??= await startCluster();
  const name = `bench_${index}`;
  const admin = new (await import('pg')).default.Client({ connectionString: cluster.url() });
  await admin.connect();
  const started = Date.now();
  server.database = cluster.url(name);
  if (copied) {
    // One db:copy per run: the other servers get a file-level clone of it, taken before any
    // server started (so at the oldest build's schema; a newer build migrates its clone on start).
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${copied}`);
    await admin.end();
    console.log(`[${server.label}] clone of ${copied}`);
  } else {
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const copy = spawnSync('npx', ['tsx', 'scripts/db-copy.ts', '--from', source, '--to', server.database], { cwd: server.app, encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`db:copy into ${name} failed:\n${copy.stdout}\n${copy.stderr}`);
    console.log(`[${server.label}] db:copy in ${((Date.now() - started) / 1000).toFixed(0)} s: ${copy.stdout.trim().split('\n').slice(-2).join(' ')}`);
    copied = name;
  }
  if (copied === name) record('db:copy of the archive to PostgreSQL, s (counts equal, chain re-verified)', '-', server.label, (Date.now() - started) / 1000, true);
  if (server.app !== process.cwd()) return;
  // This checkout's copy is also compared with its source row by row, every table.
  const checked = Date.now();
  const tables = await verifyCopy(source, server.database);
  const rows = tables.reduce((n, t) => n + t.rows, 0);
  console.log(`[${server.label}] ${rows} rows in ${tables.length} tables equal record for record (${((Date.now() - checked) / 1000).toFixed(0)} s)`);
  record('rows equal record for record after db:copy', '-', server.label, rows, true);
}

async function start(server: Server, port: number): Promise<void> {
  const env = { ...process.env, DATABASE_URL: server.database, PORT: String(port), ISNAD_RATE_LIMITS: 'off', ISNAD_PUBLIC_URL: server.base, NODE_ENV: 'production' as const };
  const started = Date.now();
  server.process = spawn('npx', ['tsx', 'scripts/start.ts'], { env, cwd: server.app, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  await waitUp(server.base, () => server.process!.exitCode !== null, 600);
  record('server start-up (migrate, open, first answer)', '-', server.label, (Date.now() - started) / 1000, null);
  const home = await (await fetch(`${server.base}/`)).text();
  server.css = home.match(/href="(\/_next\/static\/[^"]+\.css)"/)?.[1];
  // A build with the language in the public URL links /ar/articles/… (the bare path redirects).
  ARTICLE = home.match(/href="((?:\/(?:ar|en))?\/articles\/[^"#?]+)"/)?.[1] ?? ARTICLE;
  if (!server.css) throw new Error(`[${server.label}] no stylesheet link on the home page.`);
  server.cookie = await signIn(server.base, 'editor@isnad.test', PASSWORD);
  // Warm every route once, so no measured request is the first load of a route's modules.
  for (const l of [...LISTS, { path: ARTICLE, desk: false }, { path: server.css, desk: false }]) {
    const res = await fetch(server.base + l.path, { headers: l.desk ? { cookie: server.cookie } : {} });
    if (res.status !== 200) console.warn(`[${server.label}] ${l.path} answered ${res.status}`);
    await res.arrayBuffer();
  }
}

/**
 * Waits until the server's process tree is idle (under 5% of a core over 2 s, twice in a row)
 * and returns the seconds waited.
 */
async function settle(server: Server, limitSeconds = 900): Promise<number> {
  const started = Date.now();
  let quiet = 0;
  while (quiet < 2 && Date.now() - started < limitSeconds * 1000) {
    const before = cpuMs(server.process!.pid!);
    await new Promise((r) => setTimeout(r, 2000));
    quiet = cpuMs(server.process!.pid!) - before < 100 ? quiet + 1 : 0;
  }
  const waited = (Date.now() - started) / 1000;
  console.log(`[${server.label}] idle after ${waited.toFixed(0)} s`);
  return waited;
}

function stop(server: Server) {
  try {
    if (server.process?.pid) process.kill(-server.process.pid, 'SIGTERM');
  } catch {}
}

async function main() {
  if (!hasBuild()) throw new Error('No production build: run `npm run build` first.');
  if (values.before && !fs.existsSync(path.join(values.before, '.next', 'BUILD_ID'))) throw new Error(`${values.before} has no production build.`);
  if (!fs.existsSync(values.database!)) throw new Error(`No archive at ${values.database}: npm run bench:seed -- --database ${values.database}`);
  const engines = values.engines!.split(',') as Array<'sqlite' | 'pg'>;
  const servers: Server[] = [];
  for (const engine of engines) {
    if (values.before) servers.push({ label: `before ${engine}`, app: path.resolve(values.before), engine, base: '', database: '' });
    servers.push({ label: values.before ? `after ${engine}` : engine, app: process.cwd(), engine, base: '', database: '' });
  }
  try {
    for (const [i, s] of servers.entries()) {
      s.base = `http://127.0.0.1:${Number(values.port) + i}`;
      await prepare(s, i);
    }
    // One server at a time while starting (start-up migrates and is timed), all up while measuring.
    for (const [i, s] of servers.entries()) await start(s, Number(values.port) + i);
    // A server answers before its start-up work in the background is done: on a database just
    // moved to PostgreSQL, the search index backfill (db/search/backfill.ts) takes the
    // server's CPU for a minute or more, which the first figures would otherwise count.
    for (const s of servers) {
      const waited = await settle(s);
      record('start-up work in the background (search index backfill), s', '-', s.label, waited, null);
    }

    // Figure by figure, every server in turn: a burst of load from the machine's other users
    // then lands on one figure of all columns rather than on all figures of one column.
    for (const s of values['skip-load'] || ONLY ? [] : servers) {
      // Both asked for as a browser asks: gzip accepted.
      const gzip = { 'accept-encoding': 'gzip' };
      const cpuStatic = cpuMs(s.process!.pid!);
      const staticRef = await run(s.base + s.css, 8, DURATION, gzip);
      const cpuPage = cpuMs(s.process!.pid!);
      const pub = await run(s.base + ARTICLE, 8, DURATION, gzip);
      const cpuEnd = cpuMs(s.process!.pid!);
      record('static asset server CPU per request', 'ms (no target)', s.label, (cpuPage - cpuStatic) / Math.max(1, staticRef.count), null);
      record('public article server CPU per request', 'ms (no target)', s.label, (cpuEnd - cpuPage) / Math.max(1, pub.count), null);
      record('static asset req/s (reference)', '-', s.label, staticRef.rps, null);
      record('public article req/s', '-', s.label, pub.rps, null);
      record('public article / static', '>= 0.8', s.label, pub.rps / staticRef.rps, pub.rps / staticRef.rps >= 0.8);
    }
    for (const l of LISTS) {
      for (const s of servers) {
        // What a browser downloads for the page (before compression): the HTML with its RSC payload.
        const html = await (await fetch(s.base + l.path, { headers: l.desk ? { cookie: s.cookie! } : {} })).text();
        record(`${l.path} HTML size`, 'KB (no target)', s.label, Buffer.byteLength(html) / 1024, null);
      }
    }
    const rss: Record<string, number> = {};
    for (const l of values['skip-load'] ? [] : LISTS) {
      for (const c of [1, 8]) {
        for (const s of servers) {
          const sampler = c === 8 ? peakRss(s.process!.pid!) : null;
          const cpu = cpuMs(s.process!.pid!);
          const r = await run(s.base + l.path, c, DURATION, l.desk ? { cookie: s.cookie! } : {});
          if (c === 1) record(`${l.path} server CPU per request`, 'ms (no target)', s.label, (cpuMs(s.process!.pid!) - cpu) / Math.max(1, r.count), null);
          if (sampler) rss[s.label] = Math.max(rss[s.label] ?? 0, sampler.stop());
          const target = c === 1 ? 50 : 250;
          record(`${l.path} p95, ${c} client${c > 1 ? 's' : ''}`, `<= ${target} ms`, s.label, r.p95, r.p95 <= target && r.bad === 0);
          if (r.bad) console.warn(`[${s.label}] ${l.path}: ${r.bad} answers not 200 (or none within the run)`);
        }
      }
    }
    for (const s of values['skip-load'] ? [] : servers) record('server RSS under 8-client load (peak)', '<= 400 MB', s.label, rss[s.label], rss[s.label] <= 400);
    for (const s of servers) {
      // Read as a browser reads it (gzip accepted; fetch decodes it), after the warm-up above.
      const scripts = await pageScripts(s.base, await (await fetch(s.base + ARTICLE, { headers: { 'accept-encoding': 'gzip' } })).text());
      record('JS sent to the public article page (gzip KB)', '<= 100', s.label, scripts.js / 1024, scripts.js / 1024 <= 100);
      record('JSON-LD on the public article page (gzip KB, data, not JS)', '-', s.label, scripts.jsonLd / 1024, null);
    }
    if (values.lighthouse) {
      for (const s of servers) {
        const article = await lighthouseMedian(s.base + ARTICLE, null);
        const desk = await lighthouseMedian(s.base + deskOf(ARTICLE), s.cookie!);
        record('Lighthouse article: performance', '>= 95', s.label, article.performance, article.performance >= 95);
        record('Lighthouse article: accessibility', '100', s.label, article.accessibility, article.accessibility === 100);
        record('Lighthouse article: best practices', '100', s.label, article['best-practices'], article['best-practices'] === 100);
        record('Lighthouse article: SEO', '100', s.label, article.seo, article.seo === 100);
        record('Lighthouse review desk: performance', '>= 85', s.label, desk.performance, desk.performance >= 85);
        record('Lighthouse review desk: accessibility', '100', s.label, desk.accessibility, desk.accessibility === 100);
      }
    }
  } finally {
    servers.forEach(stop);
    await dropClones().catch((error) => console.warn(`could not drop the clones of --pg-url: ${(error as Error).message}`));
    cluster?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`\nbench: ${path.resolve(values.database!)}, ${DURATION} s of load per figure and server`);
  console.table(
    figures.map((f) => ({
      figure: f.name,
      target: f.target,
      ...Object.fromEntries(servers.map((s) => [s.label, f.values[s.label] ? `${f.values[s.label].value}${f.values[s.label].pass === null ? '' : f.values[s.label].pass ? ' PASS' : ' FAIL'}` : ''])),
    })),
  );
  console.log(JSON.stringify({ database: path.resolve(values.database!), duration: DURATION, servers: servers.map((s) => s.label), figures }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
