import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { signIn, waitUp } from './lib/http-session';
import { hasBuild } from './lib/server';

/*
 * npm run test:workers-cache (needs `npm run build`): one production server on SQLite with
 * ISNAD_WORKERS=3, i.e. three processes each caching the public pages in its own memory.
 * Every process has the article's page cached; a verdict is published through the API
 * (reaching one of them); then every fresh connection (node:cluster hands them to the
 * processes in turn) must get the page with the verdict within a second, and again without
 * it after a withdrawal. Before the relay (db/public-cache-channel.ts), the two processes
 * that did not take the write kept serving the old page.
 */
const PORT = Number(process.env.WORKERS_CACHE_PORT) || 3319;
const WORKERS = 3;
const PASSWORD = process.env.ISNAD_DEMO_PASSWORD || 'isnad-demo-2023';

/** One request on a connection of its own (no keep-alive), so the cluster picks a process for it. */
function freshGet(url: string): Promise<{ status: number; cache: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, cache: res.headers['x-nextjs-cache'] as string | undefined, body }));
      })
      .on('error', reject);
  });
}

async function main() {
  if (!hasBuild()) throw new Error('No production build: run `npm run build` first.');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-workers-'));
  const file = path.join(dir, 'isnad.db');
  process.env.DATABASE_URL = file;
  const { openDatabase } = await import('@/db/client');
  const { articles, claims } = await import('@/db/schema');
  const { seedBench } = await import('@/db/seed/bench-seed');
  const db = await openDatabase(file);
  await seedBench(db, { articles: 3, claims: 120, events: 600 });
  const base = `http://127.0.0.1:${PORT}`;
  const env = { ...process.env, DATABASE_URL: file, PORT: String(PORT), ISNAD_WORKERS: String(WORKERS), ISNAD_RATE_LIMITS: 'off', ISNAD_PUBLIC_URL: base };
  let server: ChildProcess | null = null;
  try {
    server = spawn('npx', ['tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
    await waitUp(base, () => server!.exitCode !== null);
    const [editor, checker] = await Promise.all([signIn(base, 'editor@isnad.test', PASSWORD), signIn(base, 'checker@isnad.test', PASSWORD)]);
    const post = (cookie: string, p: string, body: unknown) =>
      fetch(base + p, { method: 'POST', headers: { 'content-type': 'application/json', cookie, origin: base }, body: JSON.stringify(body) });

    const [claim] = await db.select().from(claims).where(eq(claims.status, 'unreviewed')).orderBy(asc(claims.id)).limit(1);
    const [{ slug }] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, claim.articleId));
    const judged = await post(checker, `/api/v1/claims/${claim.id}/review`, { status: 'unverifiable', note: 'لا مصدر مستقلًا.', explanation: 'No independent source gives this figure.', version: claim.version });
    assert.equal(judged.status, 200, `review answered ${judged.status}: ${await judged.text()}`);

    const pages = ['ar', 'en'].map((l) => `${base}/${l}/articles/${slug}`);
    const reads = WORKERS * 4;
    // Every process renders and caches both pages: the last reads of each are hits.
    for (const page of pages) for (let i = 0; i < reads; i++) await freshGet(page);
    for (const page of pages) {
      const last = await Promise.all(Array.from({ length: WORKERS }, () => freshGet(page)));
      assert.ok(last.every((r) => r.cache === 'HIT'), `${page} is cached by every process (${last.map((r) => r.cache)})`);
    }
    const mark = `id="claim-${claim.id}"`;
    /**
     * Milliseconds from the change to the start of the first round of `reads` fresh connections
     * (spread over every process) that all agree with `want`; -1 if no round begun within 1 s
     * does. (A round itself can take a second on a loaded machine.)
     */
    const seenWithin = async (want: boolean) => {
      const t0 = performance.now();
      while (performance.now() - t0 < 1000) {
        const began = performance.now() - t0;
        const all = await Promise.all(pages.flatMap((p) => Array.from({ length: reads }, () => freshGet(p))));
        if (all.every((r) => r.status === 200 && r.body.includes(mark) === want)) return began;
        await new Promise((r) => setTimeout(r, 25));
      }
      return -1;
    };
    assert.ok((await seenWithin(false)) >= 0, 'the verdict is on no page before its publication');

    const published = await post(editor, `/api/v1/claims/${claim.id}/publish`, {});
    assert.equal(published.status, 201, `publish answered ${published.status}: ${await published.text()}`);
    const shown = await seenWithin(true);
    assert.ok(shown >= 0, `a process still serves the page without the verdict 1 s after its publication`);
    console.log(`publication seen by every one of ${WORKERS} processes (ar, en) after ${shown.toFixed(0)} ms`);

    const withdrawn = await post(editor, `/api/v1/claims/${claim.id}/unpublish`, { note: 'Withdrawn while a source is checked.' });
    assert.equal(withdrawn.status, 200, `unpublish answered ${withdrawn.status}: ${await withdrawn.text()}`);
    const gone = await seenWithin(false);
    assert.ok(gone >= 0, `a process still serves the withdrawn verdict 1 s after the withdrawal`);
    console.log(`withdrawal seen by every process after ${gone.toFixed(0)} ms`);
    console.log('workers-cache test: PASS');
  } finally {
    await db.close();
    try {
      if (server?.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {}
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
