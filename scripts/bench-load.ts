import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';

/**
 * Loads one URL with autocannon and keeps every response time, so p95 is computed rather than
 * guessed from autocannon's p90/p97.5. `bad` counts answers other than 200, and a run in which
 * nothing answered at all (the p95 is then at least the run's length).
 */
export function run(url: string, connections: number, seconds: number, headers: Record<string, string> = {}): Promise<{ rps: number; p95: number; bad: number; count: number }> {
  return new Promise((resolve, reject) => {
    const times: number[] = [];
    let bad = 0;
    const instance = autocannon({ url, connections, duration: seconds, headers }, (error, result) => {
      if (error) return reject(error);
      times.sort((a, b) => a - b);
      resolve({ count: times.length, rps: result.requests.average, p95: times[Math.floor(times.length * 0.95)] ?? seconds * 1000, bad: bad + (times.length ? 0 : 1) });
    });
    instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
      times.push(time);
      if (status !== 200) bad += 1;
    });
  });
}

/**
 * Resident memory of the server under a launcher pid, in MB: the `next start` process and its
 * descendants. The npx/tsx launchers above it (start.ts migrates, then waits on next) are not
 * the server and are left out.
 */
export function rssMb(pid: number): number {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args=']).toString();
  const rows = out
    .trim()
    .split('\n')
    .map((l) => {
      const [p, pp, rss, ...args] = l.trim().split(/\s+/);
      return { pid: Number(p), ppid: Number(pp), rss: Number(rss), args: args.join(' ') };
    });
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (tree.has(r.ppid) && !tree.has(r.pid)) (tree.add(r.pid), (grew = true));
  }
  const server = rows.filter((r) => tree.has(r.pid) && /next/.test(r.args) && !/tsx|npm exec|npx/.test(r.args));
  return server.reduce((kb, r) => kb + r.rss, 0) / 1024;
}

/** The server processes under a launcher pid (see rssMb). */
function serverPids(pid: number): number[] {
  const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,args=']).toString();
  const rows = out
    .trim()
    .split('\n')
    .map((l) => {
      const [p, pp, ...args] = l.trim().split(/\s+/);
      return { pid: Number(p), ppid: Number(pp), args: args.join(' ') };
    });
  const tree = new Set([pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) if (tree.has(r.ppid) && !tree.has(r.pid)) (tree.add(r.pid), (grew = true));
  }
  return rows.filter((r) => tree.has(r.pid) && /next/.test(r.args) && !/tsx|npm exec|npx/.test(r.args)).map((r) => r.pid);
}

/**
 * CPU time (user + system, ms) the server has used so far. On a machine shared with other
 * work, latency measures the neighbours as much as the server; CPU time per request does not.
 */
export function cpuMs(pid: number): number {
  let ticks = 0;
  for (const p of serverPids(pid)) {
    try {
      const stat = fs.readFileSync(`/proc/${p}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {}
  }
  return (ticks * 1000) / CLOCK_TICKS;
}
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** Samples the peak RSS of a process tree every 250 ms until stopped. */
export function peakRss(pid: number): { stop(): number } {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 250);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, rssMb(pid));
    },
  };
}

/**
 * JavaScript a modern browser downloads for a page, gzipped: its script files (not the
 * `nomodule` ones, which such a browser skips), the scripts it preloads, and its inline
 * scripts. JSON-LD blocks are data a browser never runs: counted apart (`jsonLd`).
 */
export async function pageScripts(base: string, html: string): Promise<{ js: number; jsonLd: number }> {
  const srcs = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"[^>]*>/g)].filter((m) => !/nomodule/i.test(m[0])).map((m) => m[2]);
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /rel="modulepreload"/.test(tag) || (/rel="preload"/.test(tag) && /as="script"/.test(tag)))
    .map((tag) => tag.match(/href="([^"]+)"/)?.[1])
    .filter((href): href is string => !!href);
  const inline = [...html.matchAll(/<script(?![^>]*src=)([^>]*)>([\s\S]*?)<\/script>/g)];
  const isLd = (attrs: string) => /application\/ld\+json/.test(attrs);
  const gz = (parts: string[]) => (parts.length ? gzipSync(Buffer.from(parts.join(''))).length : 0);
  let js = gz(inline.filter((m) => !isLd(m[1])).map((m) => m[2]));
  const jsonLd = gz(inline.filter((m) => isLd(m[1])).map((m) => m[2]));
  for (const src of new Set([...srcs, ...preloads])) js += gzipSync(Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer())).length;
  return { js, jsonLd };
}
