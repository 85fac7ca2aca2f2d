/**
 * `npm run test:fuzz`: hostile requests against a production server on a fresh database.
 *
 * Starts the existing build (`npm run build` first) through the demo on 127.0.0.1:3303 with
 * a database of its own, signs in one user per role, then sends malformed, oversized, wrongly
 * typed, cross-origin and hostile requests to every API route, to sign-in and to the pages.
 * Passes when no answer is a 5xx, no refused change was accepted, no page names a forged
 * host, and a digest of every table is the same before and after. Prints the figures.
 * Every request goes to 127.0.0.1 only.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { hasBuild } from './lib/server';

const PORT = Number(process.env.FUZZ_PORT || 3303);
const HOST = '127.0.0.1';
const ORIGIN = `http://${HOST}:${PORT}`;
const PASSWORD = `fuzz-${randomBytes(6).toString('hex')}`;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  ms: number;
}

/** One raw HTTP request to the server under test (node:http: any header, any bytes). */
function send(method: string, urlPath: string, headers: Record<string, string> = {}, body?: Buffer | string): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    // A fresh connection each time: after an early 413/401 the unread rest of a body must not
    // be taken for the next request on a kept-alive socket.
    const sized = body === undefined || headers['transfer-encoding'] ? headers : { ...headers, 'content-length': String(Buffer.byteLength(body)) };
    const req = http.request({ host: HOST, port: PORT, method, path: urlPath, headers: sized, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8'), ms: performance.now() - started }),
      );
      res.on('error', reject);
    });
    // A server that answers before reading the whole body may close the socket under us.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ECONNRESET') resolve({ status: 0, headers: {}, body: error.code, ms: performance.now() - started });
      else reject(error);
    });
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function cookiesFrom(answer: Answer, jar: Map<string, string>): void {
  for (const line of answer.headers['set-cookie'] ?? []) {
    const [pair] = line.split(';');
    const [name, ...value] = pair.split('=');
    jar.set(name.trim(), value.join('='));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

async function signIn(email: string): Promise<string> {
  const jar = new Map<string, string>();
  const csrf = await send('GET', '/api/auth/csrf');
  cookiesFrom(csrf, jar);
  const { csrfToken } = JSON.parse(csrf.body);
  const form = new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: '/review' }).toString();
  const res = await send('POST', '/api/auth/callback/credentials', { cookie: cookieHeader(jar), 'content-type': 'application/x-www-form-urlencoded' }, form);
  cookiesFrom(res, jar);
  const session = JSON.parse((await send('GET', '/api/auth/session', { cookie: cookieHeader(jar) })).body);
  if (session?.user?.email !== email) throw new Error(`could not sign in as ${email}`);
  return cookieHeader(jar);
}

const BOOKKEEPING = new Set(['rate_limits', 'sessions']);

/** sha256 over every row of every table but the bookkeeping, in rowid order: any write shows. */
function digest(file: string): { hash: string; rows: number } {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const hash = createHash('sha256');
  let rows = 0;
  const tables = [...db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().iterate()] as string[];
  for (const table of tables) {
    // Bookkeeping every request may touch: rate-limit counters and sessions' last-seen times.
    if (BOOKKEEPING.has(table)) continue;
    hash.update(`\u0000${table}\u0000`);
    // Full-text tables (the desk search's article_search, claim_search) and their shadow tables: some have no rowid.
    const order = table.startsWith('sqlite_') || /_(fts|search)(_|$)/.test(table) ? '' : ' ORDER BY rowid';
    for (const row of db.prepare(`SELECT * FROM "${table}"${order}`).iterate()) {
      hash.update(JSON.stringify(row, (_k, v) => (Buffer.isBuffer(v) ? v.toString('base64') : typeof v === 'bigint' ? String(v) : v)));
      rows++;
    }
  }
  db.close();
  return { hash: hash.digest('hex'), rows };
}

async function startServer(file: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join('node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/demo.ts', '--fresh', '--no-build'], {
    env: {
      ...process.env,
      PORT: String(PORT),
      DATABASE_PATH: file,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      AUTH_TRUST_HOST: 'true',
      ISNAD_DEMO_PASSWORD: PASSWORD,
      ISNAD_PUBLIC_URL: '',
      ISNAD_TRUST_PROXY: '',
      // Requests are counted as in production, but this burst from one address must not be cut off.
      ISNAD_RATE_PER_ADDRESS: '1000000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const log: string[] = [];
  child.stdout!.on('data', (c: Buffer) => log.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => log.push(c.toString()));
  (child as ChildProcess & { log: string[] }).log = log;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await send('GET', '/api/v1/articles')).status === 200) return child;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`server did not start:\n${log.join('')}`);
}

interface Case {
  group: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Buffer | string;
  /** Statuses that are right for this request; anything else is reported. */
  expect?: number[];
}

const BAD_IDS = ['0x1', '1e0', '%201%20', '01', '1.0', '-1', '0', '99999999999999999999', 'abc', '%00', '..%2F..%2Fetc', '%E2%80%AE1', '1%0A', 'NaN'];
/** Text the desk must refuse in any stored field. */
const REFUSED_STRINGS = ['a\u0000b', 'عدد \u202E21', '\u2066x\u2069', '\u001B[31m', 'x\uD800', 'a\u007Fb', 'a\u0085b'];
const HOSTILE_STRINGS = [
  '\u0000', 'a\u202Eb', '\u2066x\u2069', '\u001B[31m', '\uD800', '<script>alert(1)</script>', "'; DROP TABLE claims; --", '%s%n%x',
  'x'.repeat(6000), '../../etc/passwd', '{{7*7}}', '${7*7}', '\r\nSet-Cookie: x=1',
];
const WRONG_TYPES: unknown[] = [null, true, 1e308, -1, 1.5, [], {}, '1', [1, 2], { $gt: '' }, 'NaN'];

function claimRoutes(id: string): Array<[string, string, Record<string, unknown>]> {
  return [
    ['POST', `/api/v1/claims/${id}/review`, { status: 'verified', note: 'x', version: 1 }],
    ['POST', `/api/v1/claims/${id}/publish`, {}],
    ['POST', `/api/v1/claims/${id}/unpublish`, { note: 'x' }],
    ['POST', `/api/v1/claims/${id}/comments`, { note: 'x' }],
    ['POST', `/api/v1/claims/${id}/evidence`, { url: 'https://example.org', stance: 'supports' }],
    ['DELETE', `/api/v1/claims/${id}/evidence/1`, {}],
    ['PATCH', `/api/v1/claims/${id}`, { version: 1, value: 5 }],
  ];
}

function buildCases(cookies: Record<string, string>, claimId: number, slug: string): Case[] {
  const cases: Case[] = [];
  const json = { 'content-type': 'application/json' };
  const mutations: Array<[string, string, Record<string, unknown>]> = [
    ...claimRoutes(String(claimId)),
    ['POST', `/api/v1/articles/${slug}/claims`, { start: 0, end: 4, value: 1, qualifier: null, counted: 'x', category: 'other', claimant: null }],
    ['POST', '/api/v1/articles', { text: 'نص', title: 'T' }],
  ];
  for (const [who, cookie] of Object.entries(cookies)) {
    const auth: Record<string, string> = cookie ? { cookie } : {};
    // With this identity's cookie (none for anonymous) from this site, as JSON.
    const same = { ...auth, origin: ORIGIN, ...json };
    for (const [method, route, valid] of mutations) {
      // Cross-origin: a forged form, a no-cors fetch, an opaque origin, no origin at all.
      for (const body of ['', JSON.stringify(valid), 'a=1']) {
        cases.push({ group: 'cross-origin', method, path: route, headers: { ...auth, origin: 'https://evil.example', 'content-type': 'text/plain' }, body, expect: [403] });
      }
      cases.push({ group: 'cross-origin', method, path: route, headers: { ...auth, origin: 'https://evil.example', ...json }, body: JSON.stringify(valid), expect: [403] });
      cases.push({ group: 'cross-origin', method, path: route, headers: { ...auth, origin: 'null', ...json }, body: JSON.stringify(valid), expect: [403] });
      cases.push({ group: 'cross-origin', method, path: route, headers: { ...auth, ...json, 'sec-fetch-site': 'cross-site' }, body: JSON.stringify(valid), expect: [403] });
      cases.push({ group: 'cross-origin', method, path: route, headers: { ...auth, origin: `${ORIGIN}.evil.example`, ...json }, body: '{}', expect: [403] });
      cases.push({ group: 'cross-origin', method, path: route, headers: { ...auth, origin: 'https://evil.example', 'x-forwarded-host': 'evil.example', ...json }, body: '{}', expect: [403] });
      // Same origin but not JSON.
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp']) {
        cases.push({ group: 'content-type', method, path: route, headers: { ...auth, origin: ORIGIN, 'content-type': type }, body: '{}', expect: [415] });
      }
      if (!cookie) {
        // Anonymous: 401 before the body is read, whatever it is.
        cases.push({ group: 'anonymous', method, path: route, headers: same, body: JSON.stringify(valid), expect: [401] });
        cases.push({ group: 'oversized', method, path: route, headers: same, body: Buffer.alloc(8 * 1024 * 1024, 0x20), expect: [401, 0] });
        continue;
      }
      // Oversized, declared and undeclared (chunked) length.
      const limit = route === '/api/v1/articles' ? 4 * 1024 * 1024 : 1024 * 1024;
      cases.push({ group: 'oversized', method, path: route, headers: same, body: Buffer.alloc(limit + 1, 0x20), expect: [413, 0] });
      cases.push({ group: 'oversized', method, path: route, headers: { ...same, 'transfer-encoding': 'chunked' }, body: Buffer.alloc(limit + 4096, 0x20), expect: [413, 0] });
      // Malformed JSON and JSON that is not an object.
      for (const body of ['{', '[]', 'null', '"x"', '1', '{"a":1}{', '\uFEFF{}x', '['.repeat(100_000), Buffer.from([0xff, 0xfe, 0x7b, 0x7d])]) {
        cases.push({ group: 'malformed', method, path: route, headers: same, body, expect: [400, 403, 404, 409] });
      }
      // Wrong types for every field, and hostile strings that are valid text, go to a claim or
      // article that does not exist (or with an impossible date): parsed, then refused, never stored.
      const dead = route === '/api/v1/articles' ? route : route.replace(`/claims/${claimId}`, '/claims/999999').replace(`/articles/${slug}/`, '/articles/no-such-article/');
      const deadBody = (body: Record<string, unknown>) => (route === '/api/v1/articles' ? { ...body, published: '2023-02-31' } : body);
      for (const field of Object.keys(valid)) {
        for (const wrong of WRONG_TYPES) {
          cases.push({ group: 'wrong-type', method, path: dead, headers: same, body: JSON.stringify(deadBody({ ...valid, [field]: wrong })), expect: [400, 403, 404, 409] });
        }
        for (const hostile of HOSTILE_STRINGS) {
          cases.push({ group: 'hostile-text', method, path: dead, headers: same, body: JSON.stringify(deadBody({ ...valid, [field]: hostile })), expect: [400, 403, 404, 409] });
        }
        // Characters no stored text may hold, sent to the live claim: refused with 400.
        if (typeof valid[field] === 'string' && field !== 'stance' && field !== 'status' && field !== 'category') {
          for (const refused of REFUSED_STRINGS) {
            cases.push({ group: 'control-chars', method, path: route, headers: same, body: JSON.stringify({ ...valid, [field]: refused }), expect: [400, 403] });
          }
        }
      }
      cases.push({ group: 'hostile-text', method, path: dead, headers: same, body: JSON.stringify(deadBody({ __proto__: { role: 'admin' }, constructor: { prototype: { x: 1 } }, ...valid })), expect: [400, 403, 404, 409] });
    }
    // Ids that must not be coerced into claim 1, on every claim route.
    for (const id of BAD_IDS) {
      cases.push({ group: 'bad-id', method: 'GET', path: `/api/v1/claims/${id}`, headers: auth, expect: cookie ? [400, 404] : [400, 401, 404] });
      cases.push({ group: 'bad-id', method: 'GET', path: `/api/v1/claims/${id}/history`, headers: auth, expect: cookie ? [400, 404] : [400, 401, 404] });
      for (const [method, route, valid] of claimRoutes(id)) {
        cases.push({ group: 'bad-id', method, path: route, headers: same, body: JSON.stringify(valid), expect: [400, 401, 403, 404] });
      }
    }
  }
  const same = { origin: ORIGIN, ...json };
  // Impossible dates and hostile metadata on import (editor).
  for (const published of ['2023-02-31', '2023-13-01', '2023-00-00', '99999-01-01', '2023-02-29', '0000-00-00']) {
    cases.push({ group: 'bad-date', method: 'POST', path: '/api/v1/articles', headers: { cookie: cookies.editor, ...same }, body: JSON.stringify({ text: `نص ${published}`, title: 'T', published }), expect: [400] });
  }
  // Methods no route has, and unknown routes.
  for (const method of ['PUT', 'OPTIONS', 'PROPFIND', 'TRACE']) {
    cases.push({ group: 'method', method, path: `/api/v1/claims/${claimId}`, headers: { cookie: cookies.editor, ...same }, body: '{}', expect: [204, 400, 403, 405, 501] });
  }
  // Reads with hostile query strings and headers.
  for (const route of ['/api/v1/articles', `/api/v1/articles/${slug}`, `/api/v1/articles/%E2%80%AE${slug}`, '/api/v1/articles/..%2F..', '/api/v1/nothing']) {
    cases.push({ group: 'reads', method: 'GET', path: `${route}?x=${'%00'.repeat(50)}&callbackUrl=javascript:alert(1)`, headers: { 'x-forwarded-host': 'evil.example' }, expect: [200, 400, 404] });
  }
  // Sign-in: malformed credentials, hostile callbackUrls, no CSRF token, garbled cookies.
  for (const callbackUrl of ['javascript:alert(1)', 'mailto:a@b.c', '//evil.example', 'https://evil.example/', '%00', 'http://[', '\u202Ejs', '/'.repeat(3000)]) {
    cases.push({ group: 'sign-in', method: 'GET', path: `/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, expect: [200, 302, 303, 307] });
    cases.push({ group: 'sign-in', method: 'GET', path: `/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, expect: [200] });
    cases.push({ group: 'sign-in', method: 'GET', path: '/api/auth/session', headers: { cookie: `authjs.callback-url=${encodeURIComponent(callbackUrl)}` }, expect: [200] });
  }
  for (const cookie of ['authjs.session-token=garbage', 'authjs.session-token=eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..a.b.c', `authjs.session-token=${'A'.repeat(8000)}`, 'authjs.session-token=%E0%A4%A', 'authjs.csrf-token=x|y']) {
    cases.push({ group: 'forged-cookie', method: 'GET', path: '/api/auth/session', headers: { cookie }, expect: [200] });
    cases.push({ group: 'forged-cookie', method: 'GET', path: `/api/v1/claims/${claimId}`, headers: { cookie }, expect: [401] });
    cases.push({ group: 'forged-cookie', method: 'GET', path: '/review', headers: { cookie }, expect: [307] });
    cases.push({ group: 'forged-cookie', method: 'POST', path: `/api/v1/claims/${claimId}/publish`, headers: { cookie, ...same }, body: '{}', expect: [401] });
  }
  const credentialBodies = [
    '', 'email=a', 'csrfToken=forged&email=editor%40isnad.test&password=x', `email=${'a'.repeat(100_000)}&password=x`,
    'email=editor%40isnad.test%00&password=x&csrfToken=x', '{"email":"editor@isnad.test","password":"x"}',
  ];
  for (const body of credentialBodies) {
    for (const type of ['application/x-www-form-urlencoded', 'application/json', 'text/plain']) {
      cases.push({ group: 'sign-in', method: 'POST', path: '/api/auth/callback/credentials', headers: { 'content-type': type, origin: 'https://evil.example' }, body, expect: [200, 302, 303, 400, 403, 405, 415] });
    }
  }
  cases.push({ group: 'sign-in', method: 'POST', path: '/api/auth/signout', headers: { cookie: cookies.editor, origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' }, body: '', expect: [200, 302, 303, 400, 403] });
  cases.push({ group: 'sign-in', method: 'GET', path: '/api/auth/nonsense-action', expect: [400, 404] });
  // Server actions: an unknown action id, and a cross-origin call.
  const actionHeaders: Array<Record<string, string>> = [
    { 'next-action': 'ffffffffffffffffffffffffffffffffffffffff' },
    { 'next-action': '"><script>' },
    { 'next-action': 'x', origin: 'https://evil.example' },
  ];
  for (const headers of actionHeaders) {
    cases.push({ group: 'server-action', method: 'POST', path: '/settings', headers: { cookie: cookies.editor, 'content-type': 'text/plain;charset=UTF-8', ...headers }, body: '["x"]', expect: [200, 302, 303, 307, 400, 403, 404, 405] });
  }
  return cases;
}

async function main() {
  if (!hasBuild()) {
    console.error('No production build: run `npm run build` first.');
    process.exit(1);
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-fuzz-'));
  const file = path.join(dir, 'fuzz.db');
  const server = await startServer(file);
  let failed = false;
  try {
    const cookies: Record<string, string> = {
      anonymous: '',
      checker: await signIn('checker@isnad.test'),
      editor: await signIn('editor@isnad.test'),
      admin: await signIn('admin@isnad.test'),
    };
    const claim = JSON.parse((await send('GET', '/api/v1/claims/1', { cookie: cookies.editor })).body).claim;
    const slug = 'karabakh-talks';
    // The article's public page exists from here on, for the host-poisoning check below.
    const shown = await send('POST', `/api/v1/articles/${slug}/visibility`, { cookie: cookies.editor, origin: ORIGIN, 'content-type': 'application/json' }, JSON.stringify({ action: 'make_public' }));
    if (shown.status !== 200) throw new Error(`could not make the article public: ${shown.status} ${shown.body.slice(0, 200)}`);
    const before = digest(file);

    const cases = buildCases(cookies, claim.id, slug);
    const byStatus = new Map<number, number>();
    const byGroup = new Map<string, { n: number; bad: number }>();
    const problems: string[] = [];
    const known: string[] = [];
    const times: number[] = [];
    const started = performance.now();
    for (const c of cases) {
      const answer = await send(c.method, c.path, c.headers, c.body);
      times.push(answer.ms);
      byStatus.set(answer.status, (byStatus.get(answer.status) ?? 0) + 1);
      const group = byGroup.get(c.group) ?? { n: 0, bad: 0 };
      group.n++;
      if (c.method === 'TRACE' && answer.status === 500) {
        // Next 16 builds a WHATWG Request for every route and undici refuses TRACE: a 500 we
        // cannot answer differently in the app. Reported apart; drop TRACE at the reverse proxy.
        known.push(`${answer.status} TRACE ${c.path}`);
        continue;
      }
      const wrong = answer.status >= 500 || (c.expect && !c.expect.includes(answer.status));
      if (wrong) {
        group.bad++;
        if (problems.length < 60) problems.push(`${answer.status} ${c.method} ${c.path.slice(0, 80)} [${c.group}] ${answer.body.slice(0, 160).replace(/\s+/g, ' ')}`);
      }
      byGroup.set(c.group, group);
    }
    const seconds = (performance.now() - started) / 1000;

    // Host poisoning: a forwarded host from an untrusted client must not reach the JSON-LD,
    // neither in the answer that renders the page nor in the cached one served after it (the
    // cached page takes its origin from configuration, not even from Host); nor the redirect
    // from the bare path to the page in the reader's language.
    const forwarded = { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' };
    const rendered = await send('GET', `/ar/articles/${slug}`, { ...forwarded, host: 'evil.example' });
    const cached = await send('GET', `/ar/articles/${slug}`, { ...forwarded, host: 'evil.example' });
    const redirect = await send('GET', `/articles/${slug}`, forwarded);
    const poisonedOk =
      [rendered, cached].every((a) => a.status === 200 && !a.body.includes('evil.example')) &&
      redirect.status === 307 &&
      !String(redirect.headers.location ?? '').includes('evil.example');

    const after = digest(file);
    const fivexx = [...byStatus].filter(([s]) => s >= 500).reduce((n, [, k]) => n + k, 0);
    const logged = (server as ChildProcess & { log: string[] }).log.join('');
    // The TRACE refusal above is Next's own log; every other stack trace is ours to explain.
    const ours = logged.replace(/TypeError: 'TRACE' HTTP method is unsupported\.(\n\s+at .+)+/g, '');
    const stackTraces = (ours.match(/^\s+at .+\(.+:\d+:\d+\)$/gm) ?? []).length;
    times.sort((a, b) => a - b);
    const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);

    console.log(`Fuzzed ${cases.length} requests in ${seconds.toFixed(1)} s (p50 ${pct(50)} ms, p95 ${pct(95)} ms, max ${pct(100)} ms)`);
    console.log(`By status: ${[...byStatus].sort(([a], [b]) => a - b).map(([s, n]) => `${s === 0 ? 'closed early' : s}: ${n}`).join(', ')}`);
    console.log(`By group:  ${[...byGroup].map(([g, { n, bad }]) => `${g} ${n}${bad ? ` (${bad} unexpected)` : ''}`).join(', ')}`);
    console.log(`5xx answers: ${fivexx - known.length}${known.length ? ` (and known, outside the app: ${known.join(', ')})` : ''}`);
    console.log(`Database: ${before.rows} rows, digest ${before.hash.slice(0, 16)} before, ${after.rows} rows, ${after.hash.slice(0, 16)} after: ${before.hash === after.hash ? 'unchanged' : 'CHANGED'}`);
    console.log(`Forged X-Forwarded-Host in the ClaimReview page: ${poisonedOk ? 'ignored' : 'REFLECTED'}`);
    console.log(`Stack traces in the server log: ${stackTraces}`);
    for (const p of problems) console.log(`  unexpected: ${p}`);
    failed = cases.length < 500 || fivexx - known.length > 0 || problems.length > 0 || before.hash !== after.hash || !poisonedOk || stackTraces > 0;
    if (stackTraces > 0 || process.env.FUZZ_LOG) console.log(ours.split('\n').slice(-60).join('\n'));
  } finally {
    try {
      process.kill(-server.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  console.log(failed ? 'FUZZ FAILED' : 'FUZZ PASSED');
  process.exit(failed ? 1 : 0);
}

void main();
