import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { and, asc, eq } from 'drizzle-orm';
import { startCluster } from '@/db/pg/throwaway-cluster';
import { signIn, waitUp } from './lib/http-session';
import { hasBuild } from './lib/server';

/*
 * npm run test:two-instances (needs `npm run build`): two production servers on one
 * throwaway PostgreSQL, reviewers writing through both at once. Checks that every
 * acknowledged write is in the database with its history row, that the second of two writes
 * from the same version gets a 409 whichever server it reached, and that a verdict published
 * through one server is on the other's cached public pages within a second (PostgreSQL
 * NOTIFY, lib/public-cache.ts), and leaves them as fast when withdrawn.
 */
const PORTS = [Number(process.env.TWO_INSTANCE_PORT_A) || 3317, Number(process.env.TWO_INSTANCE_PORT_B) || 3318];
const PASSWORD = process.env.ISNAD_DEMO_PASSWORD || 'isnad-demo-2023';

async function main() {
  if (!hasBuild()) throw new Error('No production build: run `npm run build` first.');
  // The schema module picks its engine from DATABASE_URL when it loads: set it before the first query.
  const cluster = await startCluster();
  const url = cluster.url();
  process.env.DATABASE_URL = url;
  const { openDatabase } = await import('@/db/client');
  const { articles, claims, reviewEvents } = await import('@/db/schema');
  const { seedBench } = await import('@/db/seed/bench-seed');
  const servers: ChildProcess[] = [];
  try {
    const db = await openDatabase(url);
    await seedBench(db, { articles: 3, claims: 120, events: 600 });
    const bases = PORTS.map((p) => `http://127.0.0.1:${p}`);
    for (const [i, port] of PORTS.entries()) {
      const env = { ...process.env, DATABASE_URL: url, PORT: String(port), ISNAD_RATE_LIMITS: 'off', ISNAD_PUBLIC_URL: bases[i] };
      servers.push(spawn('npx', ['tsx', 'scripts/start.ts'], { env, stdio: ['ignore', 'ignore', 'inherit'], detached: true }));
    }
    await Promise.all(bases.map((b, i) => waitUp(b, () => servers[i].exitCode !== null)));
    const sessions = await Promise.all([signIn(bases[0], 'editor@isnad.test', PASSWORD), signIn(bases[1], 'checker@isnad.test', PASSWORD)]);
    const post = (i: number, path: string, body: unknown) =>
      fetch(bases[i] + path, { method: 'POST', headers: { 'content-type': 'application/json', cookie: sessions[i], origin: bases[i] }, body: JSON.stringify(body) });

    // 1. Conflicting writes: both servers move the same claims from the same version at once.
    const open = await db.select().from(claims).where(eq(claims.status, 'unreviewed')).orderBy(asc(claims.id)).limit(30);
    assert.ok(open.length >= 20, 'the seed has unreviewed claims');
    const results = await Promise.all(
      open.flatMap((c) => [0, 1].map(async (i) => ({ claim: c.id, server: i, status: (await post(i, `/api/v1/claims/${c.id}/review`, { status: 'in_review', version: c.version })).status }))),
    );
    for (const c of open) {
      const pair = results.filter((r) => r.claim === c.id).map((r) => r.status).sort();
      assert.deepEqual(pair, [200, 409], `claim ${c.id}: one write wins, the other is refused as stale (got ${pair})`);
      const [row] = await db.select().from(claims).where(eq(claims.id, c.id));
      assert.equal(row.status, 'in_review');
      assert.equal(row.version, c.version + 1, `claim ${c.id} moved once`);
      const events = await db.select().from(reviewEvents).where(and(eq(reviewEvents.claimId, c.id), eq(reviewEvents.kind, 'status_changed')));
      assert.equal(events.length, 1, `claim ${c.id} has exactly one history row for the accepted change`);
    }
    console.log(`conflicts: ${open.length} claims, ${results.filter((r) => r.status === 200).length} accepted, ${results.filter((r) => r.status === 409).length} refused with 409`);

    // 2. Non-conflicting writes through both servers at once: every acknowledged comment is stored.
    const target = open[0].id;
    const before = (await db.select().from(reviewEvents).where(and(eq(reviewEvents.claimId, target), eq(reviewEvents.kind, 'comment')))).length;
    const acks = await Promise.all(Array.from({ length: 80 }, (_, k) => post(k % 2, `/api/v1/claims/${target}/comments`, { note: `تعليق ${k}` }).then((r) => r.status)));
    const acknowledged = acks.filter((s) => s === 201).length;
    const after = (await db.select().from(reviewEvents).where(and(eq(reviewEvents.claimId, target), eq(reviewEvents.kind, 'comment')))).length;
    assert.equal(acknowledged, 80, `every comment acknowledged (${acks.filter((s) => s !== 201).join(',')})`);
    assert.equal(after - before, acknowledged, 'no acknowledged comment lost');
    console.log(`comments: ${acknowledged} acknowledged through both servers, ${after - before} stored`);

    // 3. Publish through A, read B's cached public pages (both languages) until the verdict
    //    shows, at most one second; then withdraw it through A and wait for it to leave B.
    const claim = open[1];
    const [{ slug }] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, claim.articleId));
    const pages = ['ar', 'en'].map((l) => `${bases[1]}/${l}/articles/${slug}`);
    // A checker's verdict with its public explanation (the publication rules), through B.
    const judged = await post(1, `/api/v1/claims/${claim.id}/review`, { status: 'unverifiable', note: 'لا مصدر مستقلًا.', explanation: 'No independent source gives this figure.', version: claim.version + 1 });
    assert.equal(judged.status, 200, `review answered ${judged.status}: ${await judged.text()}`);
    // B renders and caches both pages before the change: the second read is a cache hit.
    for (const page of pages) {
      await fetch(page);
      const again = await fetch(page);
      assert.equal(again.headers.get('x-nextjs-cache'), 'HIT', `${page} is served from B's cache (x-nextjs-cache: ${again.headers.get('x-nextjs-cache')})`);
    }
    const shows = async (page: string) => (await (await fetch(page)).text()).includes(`id="claim-${claim.id}"`);
    /** Milliseconds until every page of B agrees with `want`, or -1 after one second. */
    const seenWithin = async (want: boolean) => {
      const t0 = performance.now();
      while (performance.now() - t0 < 1000) {
        if ((await Promise.all(pages.map(shows))).every((s) => s === want)) return performance.now() - t0;
        await new Promise((r) => setTimeout(r, 25));
      }
      return -1;
    };
    const published = await post(0, `/api/v1/claims/${claim.id}/publish`, {});
    assert.equal(published.status, 201, `publish answered ${published.status}: ${await published.text()}`);
    const shownAfter = await seenWithin(true);
    assert.ok(shownAfter >= 0, `the verdict published through A is not on B's cached public pages after 1 s`);
    console.log(`publication through A seen on B's cached public pages (ar, en) after ${shownAfter.toFixed(0)} ms`);
    // Cached again after the change: B serves the new page from its cache, not per request.
    await fetch(pages[0]);
    assert.equal((await fetch(pages[0])).headers.get('x-nextjs-cache'), 'HIT', 'the page is cached again after the change');

    const withdrawn = await post(0, `/api/v1/claims/${claim.id}/unpublish`, { note: 'Withdrawn while a source is checked.' });
    assert.equal(withdrawn.status, 200, `unpublish answered ${withdrawn.status}: ${await withdrawn.text()}`);
    const goneAfter = await seenWithin(false);
    assert.ok(goneAfter >= 0, `the verdict withdrawn through A is still on B's public pages after 1 s`);
    console.log(`withdrawal through A seen on B's cached public pages after ${goneAfter.toFixed(0)} ms`);
    await db.close();
    console.log('two-instance test: PASS');
  } finally {
    for (const s of servers) {
      try {
        process.kill(-s.pid!, 'SIGTERM');
      } catch {}
    }
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
