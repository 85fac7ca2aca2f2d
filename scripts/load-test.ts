/**
 * `npm run test:load` (and `npm run test:crash`): concurrent writers over the API against a
 * production server on a fresh database. Needs `npm run build` first.
 *
 *   --engine pg      on a throwaway PostgreSQL cluster instead of a SQLite file
 *   --crash          kill the server (SIGKILL, whole process group) 5 times at random moments
 *                    and restart it; every write acknowledged before a kill must survive
 *   --seconds N      how long the writers run (default 30); --writers N (default 32)
 *   --processes N    serve with N server processes on one port (ISNAD_WORKERS, scripts/start.ts)
 *   --app DIR        serve another checkout's production build (a `before` tree), same load
 *   --compare DIR    load DIR's build and this one at the same time (ports PORT and PORT+1,
 *                    each with its own database and writers) and print both side by side
 *   --profile DIR    run the server under node --cpu-prof and leave its profile in DIR
 *   --rate-limits    keep the API rate limits on (their defaults: 600 requests a minute per
 *                    token, each request one counter upsert in its own write transaction)
 *
 * 32 writers, each with its own bearer token, edit a few shared claims with the version they
 * last saw (so many edits conflict: 409) and comment on them. Afterwards: every 2xx write is
 * in the history exactly once, no 409 left a trace, no answer was a 5xx. Prints writes/s and
 * the latency percentiles. Rate limits are off (ISNAD_RATE_LIMITS=off) unless --rate-limits:
 * by default this measures the desk, not the limiter. Every request goes to 127.0.0.1 only, and every loop is bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { inArray } from 'drizzle-orm';
import pg from 'pg';
import { startCluster, type Cluster } from '@/db/pg/throwaway-cluster';
import { fail, parseArgs } from './lib/args';

const { options } = parseArgs(process.argv.slice(2));
if (options.help) {
  // The header comment above is the manual.
  const text = fs.readFileSync(new URL(import.meta.url), 'utf8');
  console.log(/\/\*\*([\s\S]*?)\*\//.exec(text)![1].replace(/^ \* ?/gm, '').trim());
  process.exit(0);
}
const ENGINE = options.engine === 'pg' ? 'pg' : 'sqlite';
const CRASH = options.crash === true;
const SECONDS = Number(options.seconds ?? 30);
const WRITERS = Number(options.writers ?? 32);
const KILLS = CRASH ? 5 : 0;
const PROCESSES = options.processes === undefined ? null : Number(options.processes);
/** The checkout whose build serves: this one, or --app DIR; --compare DIR runs DIR's and then this one. */
const APP = typeof options.app === 'string' ? path.resolve(options.app) : process.cwd();
const COMPARE = typeof options.compare === 'string' ? path.resolve(options.compare) : null;
const PORT = Number(process.env.LOAD_PORT || process.env.PORT || 3311);
const HOST = '127.0.0.1';
/** Shared claims: few enough that writers collide on versions. */
const SHARED_CLAIMS = 6;
/** A hard bound on each writer's loop, whatever the clock says. */
const MAX_REQUESTS_PER_WRITER = 100_000;

interface Answer {
  status: number;
  body: string;
  ms: number;
}

/**
 * One keep-alive pool per server under load. With --compare the two loads used to share one
 * pool, and the load that finished first destroyed it while the other was still sending:
 * its requests in flight ended "ECONNRESET socket hang up" on a reused socket (the requests
 * "lost" in side-by-side runs with two processes, which take longer to finish).
 */
const agents = new Map<number, http.Agent>();
function agentFor(port: number): http.Agent {
  let agent = agents.get(port);
  if (!agent) agents.set(port, (agent = new http.Agent({ keepAlive: true, maxSockets: WRITERS + 4 })));
  return agent;
}

function send(port: number, method: string, urlPath: string, token: string, body?: unknown): Promise<Answer> {
  const started = performance.now();
  const data = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  if (data !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(data)) });
  return new Promise((resolve) => {
    const req = http.request({ host: HOST, port, method, path: urlPath, headers, agent: agentFor(port), timeout: 30_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }));
      res.on('error', (error) => resolve({ status: 0, body: `response error: ${describeError(error, req)}`, ms: performance.now() - started }));
    });
    // A refused or cut connection (the server is down or was killed): the outcome is unknown.
    req.on('error', (error) => resolve({ status: 0, body: describeError(error, req), ms: performance.now() - started }));
    req.on('timeout', () => req.destroy(new Error('timeout')));
    if (data !== undefined) req.write(data);
    req.end();
  });
}

/** A connection error with its code, and whether it came on a kept-alive socket (an idle-close race). */
function describeError(error: Error, req: http.ClientRequest): string {
  const code = (error as NodeJS.ErrnoException).code;
  return `${code ? `${code} ` : ''}${error.message}${req.reusedSocket ? ' (on a reused keep-alive socket)' : ' (on a new connection)'}`;
}

interface Setup {
  port: number;
  env: NodeJS.ProcessEnv;
  tokens: string[];
  claimIds: number[];
  cluster?: Cluster;
  dir: string;
}

/** A fresh database with the seed article, two editors and one write token per writer. */
async function prepare(port: number): Promise<Setup> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-load-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    AUTH_TRUST_HOST: 'true',
    ISNAD_RATE_LIMITS: options['rate-limits'] === true ? 'on' : 'off',
    ISNAD_PUBLIC_URL: '',
    NODE_ENV: 'production',
  };
  if (PROCESSES !== null) env.ISNAD_WORKERS = String(PROCESSES);
  let cluster: Cluster | undefined;
  if (ENGINE === 'pg') {
    cluster = await startCluster();
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query('CREATE DATABASE isnad_load');
    await admin.end();
    env.DATABASE_URL = cluster.url('isnad_load');
  } else {
    env.DATABASE_URL = path.join(dir, 'isnad-load.db');
  }
  // db/schema picks its engine's tables from DATABASE_URL when it loads: set it, then import.
  process.env.DATABASE_URL = env.DATABASE_URL;
  const [{ openDatabase }, { claims }, { seedArticle }, { saveUser }, { createApiToken }] = await Promise.all([
    import('@/db/client'),
    import('@/db/schema'),
    import('@/db/seed/seed-demo'),
    import('@/lib/users/save-user'),
    import('@/lib/tokens/create-api-token'),
  ]);
  const db = await openDatabase(env.DATABASE_URL);
  try {
    await seedArticle(db);
    const editors = [];
    for (const n of [1, 2]) {
      const { user } = await saveUser(db, 'cli', { email: `load-editor-${n}@isnad.test`, role: 'editor', password: randomBytes(12).toString('hex') });
      editors.push({ id: user.id, role: user.role, name: user.name, email: user.email });
    }
    const tokens = [];
    for (let i = 0; i < WRITERS; i++) tokens.push((await createApiToken(db, editors[i % 2], { name: `writer ${i}`, scope: 'write' })).token);
    const claimIds = (await db.select({ id: claims.id }).from(claims).orderBy(claims.id)).slice(0, SHARED_CLAIMS).map((c) => c.id);
    if (claimIds.length === 0) throw new Error('the seed article has no claims');
    return { port, env, tokens, claimIds, cluster, dir };
  } finally {
    await db.close();
  }
}

/** `--profile DIR`: the Next server runs directly under node --cpu-prof, its profile in DIR. */
const PROFILE = typeof options.profile === 'string' ? options.profile : null;

function startServer(env: NodeJS.ProcessEnv, app: string): ChildProcess {
  const args = PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(PROFILE)}`, path.join(app, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', env.PORT!]
    : [path.join(app, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/start.ts'];
  // Its own process group, so a SIGKILL takes the Next server with the start script.
  const child = spawn(process.execPath, args, {
    cwd: app,
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  child.stderr!.on('data', (c: Buffer) => {
    const text = c.toString();
    if (/error|ended|failed/i.test(text)) process.stderr.write(`[server] ${text}`);
  });
  return child;
}

async function waitUntilUp(setup: Setup): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if ((await send(setup.port, 'GET', '/api/v1/articles', setup.tokens[0])).status === 200) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('the server did not come up within a minute');
}

/**
 * Next loads a route's code on its first request, in each server process: a few requests of
 * every kind first, outside the figures, so they measure the desk at work, not its start.
 * The comments carry no writer's marker and the edits a version no claim has (409).
 */
async function warmUp(setup: Setup): Promise<void> {
  const claimId = setup.claimIds[0];
  for (let round = 0; round < 4 * (PROCESSES ?? 1); round++) {
    await Promise.all([
      send(setup.port, 'GET', `/api/v1/claims/${claimId}`, setup.tokens[0]),
      send(setup.port, 'POST', `/api/v1/claims/${claimId}/comments`, setup.tokens[0], { note: 'warm-up' }),
      send(setup.port, 'PATCH', `/api/v1/claims/${claimId}`, setup.tokens[0], { version: 1_000_000, claimant: 'warm-up' }),
    ]);
  }
}

function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

/** The end of a run: SIGTERM first, so a server started with --cpu-prof writes its profile. */
async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  kill(child, 'SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  kill(child);
}

/**
 * CPU seconds (user + system) spent so far by every process of a process group: the server's
 * cost per request, whatever else the machine is busy with (Linux /proc; null elsewhere).
 */
function groupCpuSeconds(pgid: number): number | null {
  try {
    let ticks = 0;
    for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // After the command: state(0) ppid(1) pgrp(2) ... utime(11) stime(12)
        if (Number(fields[2]) === pgid) ticks += Number(fields[11]) + Number(fields[12]);
      } catch {
        // the process ended meanwhile
      }
    }
    return ticks / 100;
  } catch {
    return null;
  }
}

interface Outcome {
  marker: string;
  kind: 'edit' | 'comment';
  status: number;
  ms: number;
  /** For a request with no answer or a 5xx: the connection error or the body, to say why. */
  error?: string;
}

/** What went wrong with a request that got no answer (status 0) or a 5xx, else nothing. */
function failureOf(answer: Answer): string | undefined {
  return answer.status === 0 || answer.status >= 500 ? answer.body.slice(0, 300) : undefined;
}

interface Summary {
  app: string;
  writesPerSecond: number;
  cpuMsPerRequest: number | null;
  p50: number;
  p95: number;
  passed: boolean;
}

async function main() {
  const apps = COMPARE ? [COMPARE, APP] : [APP];
  for (const app of apps) if (!fs.existsSync(path.join(app, '.next', 'BUILD_ID'))) fail(`No production build in ${app}: run \`npm run build\` there first.`);
  // Compared builds run at the same time, each on its own port and database with its own
  // writers: on a shared machine both then meet the same contention, which one run after the
  // other would not.
  const summaries = await Promise.all(apps.map((app, i) => runLoad(app, PORT + i)));
  if (summaries.length > 1) {
    console.log(`\nSide by side (${WRITERS} writers, ${SECONDS} s, ${ENGINE}${PROCESSES ? `, ${PROCESSES} processes` : ''}; load average now ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores):`);
    for (const s of summaries) {
      console.log(
        `  ${s.app}: ${s.writesPerSecond.toFixed(0)} acknowledged writes/s, ${s.cpuMsPerRequest?.toFixed(2) ?? '?'} ms server CPU per request, ` +
          `p50 ${s.p50.toFixed(1)} ms, p95 ${s.p95.toFixed(1)} ms, ${s.passed ? 'PASSED' : 'FAILED'}`,
      );
    }
  }
  if (summaries.some((s) => !s.passed)) process.exitCode = 1;
}

async function runLoad(app: string, port: number): Promise<Summary> {
  const setup = await prepare(port);
  let server = startServer(setup.env, app);
  let summary: Summary;
  const outcomes: Outcome[] = [];
  let killed = 0;
  try {
    await waitUntilUp(setup);
    await warmUp(setup);
    console.log(`Load: ${WRITERS} writers for ${SECONDS} s on ${ENGINE}${CRASH ? `, ${KILLS} SIGKILLs` : ''}, ${setup.claimIds.length} shared claims`);
    /** The version each writer believes a claim has: shared, so writers race on it. */
    const versions = new Map<number, number>();
    const started = Date.now();
    const deadline = started + SECONDS * 1000;
    // Restarts on a busy machine are slow: the writers go on until every kill has happened,
    // but never past this.
    const hardDeadline = started + SECONDS * 4000 + 120_000;
    let killsDone = !CRASH;
    const cpuBefore = groupCpuSeconds(server.pid!);
    const loaderBefore = process.cpuUsage();
    let reads = 0;
    let restarting: Promise<void> | null = null;

    async function writer(w: number) {
      const token = setup.tokens[w];
      for (let i = 0; i < MAX_REQUESTS_PER_WRITER && (Date.now() < deadline || !killsDone) && Date.now() < hardDeadline; i++) {
        if (restarting) await restarting;
        const claimId = setup.claimIds[(w + i) % setup.claimIds.length];
        const marker = `w${w}-${i}-${randomBytes(3).toString('hex')}`;
        if (i % 2 === 0) {
          const answer = await send(setup.port, 'POST', `/api/v1/claims/${claimId}/comments`, token, { note: `load ${marker}` });
          outcomes.push({ marker, kind: 'comment', status: answer.status, ms: answer.ms, error: failureOf(answer) });
          continue;
        }
        let version = versions.get(claimId);
        if (version === undefined) {
          const read = await send(setup.port, 'GET', `/api/v1/claims/${claimId}`, token);
          reads++;
          if (read.status !== 200) continue;
          version = JSON.parse(read.body).claim.version as number;
          versions.set(claimId, version);
        }
        const answer = await send(setup.port, 'PATCH', `/api/v1/claims/${claimId}`, token, { version, claimant: marker });
        outcomes.push({ marker, kind: 'edit', status: answer.status, ms: answer.ms, error: failureOf(answer) });
        if (answer.status === 200) versions.set(claimId, JSON.parse(answer.body).claim.version);
        else versions.delete(claimId);
      }
    }

    async function killer() {
      const moments = Array.from({ length: KILLS }, () => started + 2000 + Math.random() * (SECONDS * 1000 - 4000)).sort((a, b) => a - b);
      for (const moment of moments) {
        // At its random moment, or, when restarts ran late, after at least a second of load.
        await new Promise((r) => setTimeout(r, Math.max(1000, moment - Date.now())));
        if (Date.now() >= hardDeadline) break;
        kill(server);
        killed++;
        restarting = (async () => {
          await new Promise((r) => server.once('exit', r));
          server = startServer(setup.env, app);
          await waitUntilUp(setup);
        })();
        await restarting;
        restarting = null;
      }
      killsDone = true;
    }

    await Promise.all([...Array.from({ length: WRITERS }, (_, w) => writer(w)), killer()]);
    const elapsed = (Date.now() - started) / 1000;
    const cpuAfter = groupCpuSeconds(server.pid!);
    const loader = process.cpuUsage(loaderBefore);
    let perRequest: number | null = null;
    if (!CRASH && cpuBefore !== null && cpuAfter !== null) {
      const requests = outcomes.length + reads;
      perRequest = ((cpuAfter - cpuBefore) * 1000) / requests;
      console.log(
        `${app}: server CPU: ${(cpuAfter - cpuBefore).toFixed(1)} s for ${requests} requests = ${perRequest.toFixed(2)} ms per request ` +
          `(one core could serve ~${Math.round(1000 / perRequest)} requests/s; load average now ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
      );
      // The writers run in this process, on the same cores as the server: what they cost.
      const loaderMs = (loader.user + loader.system) / 1000;
      console.log(
        `${app}: load generator CPU (this process${COMPARE ? ', both loads of --compare' : ''}): ${(loaderMs / 1000).toFixed(1)} s = ${(loaderMs / requests).toFixed(2)} ms per request of this load`,
      );
    }
    summary = { app, cpuMsPerRequest: perRequest, ...(await verify(setup, outcomes, elapsed, killed, app)) };
  } finally {
    await stop(server);
    agentFor(setup.port).destroy();
    setup.cluster?.stop();
    fs.rmSync(setup.dir, { recursive: true, force: true });
  }
  return summary;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function verify(setup: Setup, outcomes: Outcome[], elapsed: number, killed: number, app: string): Promise<Omit<Summary, 'app' | 'cpuMsPerRequest'>> {
  const problems: string[] = [];
  const acked = outcomes.filter((o) => o.status >= 200 && o.status < 300);
  const conflicts = outcomes.filter((o) => o.status === 409);
  const serverErrors = outcomes.filter((o) => o.status >= 500);
  const cut = outcomes.filter((o) => o.status === 0);
  const other = outcomes.filter((o) => o.status !== 0 && o.status !== 409 && (o.status < 200 || o.status >= 300) && o.status < 500);
  if (killed < KILLS) problems.push(`only ${killed} of ${KILLS} kills happened`);
  if (serverErrors.length) problems.push(`${serverErrors.length} answers were 5xx (first: ${serverErrors[0].status})`);
  if (!CRASH && cut.length) problems.push(`${cut.length} requests got no answer`);
  if (other.length) problems.push(`${other.length} unexpected answers (first: ${other[0].status})`);

  // Each marker is unique to one request: count where it appears in the history.
  const [{ openDatabase }, { reviewEvents }] = await Promise.all([import('@/db/client'), import('@/db/schema')]);
  const db = await openDatabase(setup.env.DATABASE_URL!);
  const seen = new Map<string, number>();
  try {
    const events = await db
      .select({ kind: reviewEvents.kind, note: reviewEvents.note, payload: reviewEvents.payload })
      .from(reviewEvents)
      .where(inArray(reviewEvents.kind, ['comment', 'claim_edited']));
    for (const e of events) {
      const text = e.kind === 'comment' ? e.note ?? '' : String((e.payload as { changes?: { claimant?: { to?: unknown } } })?.changes?.claimant?.to ?? '');
      const marker = /w\d+-\d+-[0-9a-f]{6}/.exec(text)?.[0];
      if (marker) seen.set(marker, (seen.get(marker) ?? 0) + 1);
    }
  } finally {
    await db.close();
  }
  const missing = acked.filter((o) => seen.get(o.marker) !== 1);
  if (missing.length) problems.push(`${missing.length} acknowledged writes are not in the history exactly once (first: ${missing[0].marker}, seen ${seen.get(missing[0].marker) ?? 0})`);
  const leaked = conflicts.filter((o) => seen.has(o.marker));
  if (leaked.length) problems.push(`${leaked.length} refused (409) writes left a history row`);

  const audit = await auditHook(setup.env);
  if (audit === false) problems.push('npm run audit:verify failed');

  const latencies = acked.map((o) => o.ms).sort((a, b) => a - b);
  const all = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  console.log(
    [
      `${app}: engine ${ENGINE}, ${WRITERS} writers, ${elapsed.toFixed(1)} s${CRASH ? `, ${killed} kills` : ''}`,
      `writes sent ${outcomes.length}: acknowledged ${acked.length} (${acked.filter((o) => o.kind === 'edit').length} edits, ${acked.filter((o) => o.kind === 'comment').length} comments), 409 ${conflicts.length}, 5xx ${serverErrors.length}, no answer ${cut.length}`,
      `acknowledged writes/s: ${(acked.length / elapsed).toFixed(0)}`,
      `latency of acknowledged writes: p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms (all answers: p50 ${percentile(all, 50).toFixed(1)}, p95 ${percentile(all, 95).toFixed(1)})`,
      `history: every acknowledged write exactly once: ${missing.length === 0 ? 'yes' : 'NO'}; 409s left no trace: ${leaked.length === 0 ? 'yes' : 'NO'}; audit:verify: ${audit === null ? 'not available yet' : audit ? 'ok' : 'FAILED'}`,
    ].join('\n'),
  );
  const failures = new Map<string, number>();
  for (const o of [...cut, ...serverErrors]) {
    const key = `${o.status || 'no answer'}: ${o.error ?? '?'}`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
  }
  for (const [key, n] of failures) console.error(`  ${n} × ${key}`);
  if (problems.length) console.error(`FAILED:\n- ${problems.join('\n- ')}`);
  else console.log('PASSED');
  return { writesPerSecond: acked.length / elapsed, p50: percentile(latencies, 50), p95: percentile(latencies, 95), passed: problems.length === 0 };
}

/**
 * The hash-chain check, once the project has one (`npm run audit:verify`, issue 11): run it on
 * the database under test. null while the script does not exist.
 */
async function auditHook(env: NodeJS.ProcessEnv): Promise<boolean | null> {
  const scripts = JSON.parse(fs.readFileSync('package.json', 'utf8')).scripts ?? {};
  if (!scripts['audit:verify']) return null;
  // Not spawnSync: with --compare the other load is still sending from this process's event loop.
  const run = spawn('npm', ['run', '--silent', 'audit:verify'], { env, stdio: 'inherit' });
  return new Promise((resolve) => run.on('exit', (code) => resolve(code === 0)));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
