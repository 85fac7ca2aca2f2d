import { spawn } from 'node:child_process';
import cluster from 'node:cluster';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { localDataDir } from '../../db/engine';
import { WORKER_RELAY } from '../../db/public-cache-channel';

const ROOT = process.cwd();
const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

/** The session-signing secret: from the environment, else one kept beside the database. */
export function ensureAuthSecret(databaseTarget: string): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(path.resolve(localDataDir(databaseTarget)), '.auth-secret');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, 'utf8').trim();
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID'));
}

function newestMtime(entry: string): number {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(full).reduce((max, name) => Math.max(max, newestMtime(path.join(entry, name))), stat.mtimeMs);
}

/** True when no build exists or a source file changed after the last build. */
export function buildIsStale(): boolean {
  if (!hasBuild()) return true;
  const built = fs.statSync(path.join(ROOT, '.next', 'BUILD_ID')).mtimeMs;
  const sources = ['app', 'components', 'lib', 'db', 'public', 'auth.ts', 'auth.config.ts', 'proxy.ts', 'instrumentation.ts', 'next.config.js', 'package.json'];
  return sources.some((s) => newestMtime(s) > built);
}

/**
 * V8's growth policy for the server's heap. How far V8 lets the old generation grow past what
 * the last full collection kept depends on the heap's limit, and on a machine with a lot of
 * memory that limit is 4 GB, so V8 let a server whose live heap is ~80 MB grow to ~250 MB of
 * mostly dead render output before collecting (RSS 460 MB under 8 concurrent desk readers at
 * 2,000 articles). Letting it grow to twice what is live keeps RSS near 260 MB at the same
 * CPU per request (growing by half: 235 MB, but 10-20% more CPU in collections). The limit
 * itself is left alone: a server that really needs more memory still gets it.
 */
export const SERVER_NODE_FLAGS = ['--heap-growing-percent=100'];

export function runNext(args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...(args[0] === 'start' ? SERVER_NODE_FLAGS : []), NEXT_BIN, ...args], { stdio: 'inherit', env: process.env });
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/** Server processes to run from ISNAD_WORKERS: 1 unless a whole number from 1 to 64 is set. */
export function workerCount(value: string | undefined): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 64 ? n : 1;
}

/** A worker that dies sooner than this after it started is a broken start, not a crash to ride out. */
const EARLY_EXIT_MS = 10_000;

/**
 * `next start` in `workers` processes sharing one port (node:cluster hands each new
 * connection to the next worker), so a machine with several cores serves with all of them.
 * They share nothing in memory: sessions, rate limits and the history chain live in the
 * database, and each write transaction takes the database's write lock (BEGIN IMMEDIATE on
 * SQLite, row locks on PostgreSQL). A worker that crashes is replaced; one that fails at
 * start stops the server. SIGINT/SIGTERM stop every worker.
 */
export function runNextCluster(args: string[], workers: number): Promise<number> {
  // The workers run Next's own binary, without this script's TypeScript loader.
  cluster.setupPrimary({ exec: NEXT_BIN, args, execArgv: SERVER_NODE_FLAGS });
  let stopping = false;
  let failed = false;
  const startedAt = new Map<number, number>();
  const fork = () => startedAt.set(cluster.fork(process.env).id, Date.now());
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill(signal);
    };
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop(signal));
    // Each worker caches the public pages in its own memory: the tags one of them expires
    // after a change go to all the others (db/public-cache-channel.ts, WORKER_RELAY).
    cluster.on('message', (from, message: { type?: unknown } | null) => {
      if (message?.type !== WORKER_RELAY) return;
      for (const worker of Object.values(cluster.workers ?? {})) if (worker && worker !== from && worker.isConnected()) worker.send(message);
    });
    cluster.on('exit', (worker, code, signal) => {
      const early = Date.now() - (startedAt.get(worker.id) ?? 0) < EARLY_EXIT_MS;
      if (!stopping && !early) {
        console.error(`Isnad: server process ${worker.process.pid} ended (${signal ?? code}); starting another.`);
        fork();
        return;
      }
      if (!stopping) {
        console.error(`Isnad: a server process failed at start (${signal ?? code}); stopping.`);
        failed = true;
        stop('SIGTERM');
      }
      if (Object.keys(cluster.workers ?? {}).length === 0) resolve(failed ? 1 : 0);
    });
    for (let i = 0; i < workers; i++) fork();
  });
}
