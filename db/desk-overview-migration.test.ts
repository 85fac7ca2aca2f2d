import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, inject, it, onTestFinished } from 'vitest';
import { TEST_ENGINE } from '../lib/testing/test-db';

/*
 * The desk_overview migration fills its new columns for a desk that already has history:
 * replayed here from the migration files themselves (every file before it, rows as an older
 * desk wrote them, then the migration), on the engine this test process runs, so a fill that
 * goes wrong on either engine's SQL fails here.
 */
const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);

/** One engine's way to run the migration files and the scenario's statements. */
interface Replay {
  /** Each file's statements, as drizzle's migrator splits them. */
  apply(file: string): Promise<void>;
  /** A statement with `?` placeholders; a timestamp is passed as `at(ms)`. */
  run(sql: string, ...params: unknown[]): Promise<void>;
  all(sql: string): Promise<Array<Record<string, unknown>>>;
  /** A stored timestamp as epoch milliseconds (or null), whatever the engine returns. */
  ms(value: unknown): number | null;
  /** A stored JSON object, whatever the engine returns. */
  json(value: unknown): unknown;
}

const at = (ms: number) => ({ at: ms });

function migrationFiles(dir: string) {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql')).sort();
  const mine = files.findIndex((f) => f.endsWith('_desk_overview.sql'));
  expect(mine).toBeGreaterThan(0);
  const statements = (file: string) => readFileSync(join(dir, file), 'utf8').split('--> statement-breakpoint').filter((s) => s.trim());
  return { before: files.slice(0, mine), mine: files[mine], statements };
}

function sqliteReplay(): Replay {
  const { statements } = migrationFiles(join(__dirname, '..', 'drizzle'));
  const db = new Database(':memory:');
  onTestFinished(() => {
    db.close();
  });
  const value = (p: unknown) => (p && typeof p === 'object' && 'at' in p ? (p as { at: number }).at : p);
  return {
    apply: async (file) => statements(file).forEach((s) => db.exec(s)),
    run: async (sql, ...params) => void db.prepare(sql).run(...params.map(value)),
    all: async (sql) => db.prepare(sql).all() as Array<Record<string, unknown>>,
    ms: (v) => (v === null ? null : Number(v)),
    json: (v) => JSON.parse(String(v)),
  };
}

async function pgReplay(): Promise<Replay> {
  const { statements } = migrationFiles(join(__dirname, '..', 'drizzle', 'pg'));
  // An empty database in the test cluster, migrated only as far as the files this test applies.
  const adminUrl = inject('pgAdminUrl');
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `replay_${randomUUID().replace(/-/g, '')}`;
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  onTestFinished(async () => {
    await client.end();
    await admin.query(`DROP DATABASE ${name}`);
    await admin.end();
  });
  const value = (p: unknown) => (p && typeof p === 'object' && 'at' in p ? new Date((p as { at: number }).at) : p);
  return {
    apply: async (file) => {
      for (const s of statements(file)) await client.query(s);
    },
    run: async (sql, ...params) => {
      let n = 0;
      await client.query(sql.replace(/\?/g, () => `$${++n}`), params.map(value));
    },
    all: async (sql) => (await client.query(sql)).rows,
    ms: (v) => (v === null ? null : (v as Date).getTime()),
    json: (v) => v,
  };
}

describe(`desk_overview migration (${TEST_ENGINE})`, () => {
  it('fills content versions, first verdict and publication times, categories and the desk totals', async () => {
    const dir = join(__dirname, '..', 'drizzle', ...(TEST_ENGINE === 'pg' ? ['pg'] : []));
    const { before, mine } = migrationFiles(dir);
    const db = TEST_ENGINE === 'pg' ? await pgReplay() : sqliteReplay();
    for (const file of before) await db.apply(file);

    await db.run(`INSERT INTO users (id, email, name, role, password_hash) VALUES (1, 'e@x.test', 'Editor', 'editor', 'x'), (2, 'c@x.test', 'Checker', 'checker', 'x')`);
    await db.run(`INSERT INTO articles (id, slug, title, body, body_hash, imported_at, deleted_at) VALUES (1, 'a', 'A', 'body a', 'ha', ?, NULL), (2, 'd', 'D', 'body d', 'hd', ?, ?)`, at(T0), at(T0), at(T0 + HOUR));
    const claim = (id: number, article: number, category: string, status: string, version: number, updated: number) =>
      db.run(`INSERT INTO claims (id, article_id, quote, start, "end", counted, category, origin, status, version, updated_at) VALUES (?, ?, 'q', 0, 1, 'killed', ?, 'extractor', ?, ?, ?)`, id, article, category, status, version, at(updated));
    await claim(1, 1, 'casualties', 'verified', 3, T0 + 3 * HOUR); // judged, published, then only assigned
    await claim(2, 1, 'casualties', 'false', 4, T0 + 3 * HOUR); // published, then edited and assigned
    await claim(3, 1, 'aid', 'unreviewed', 1, T0);
    await claim(4, 2, 'aid', 'disputed', 2, T0 + HOUR); // of the deleted article
    await claim(5, 1, 'aid', 'unverifiable', 2, T0 + 5 * HOUR); // a verdict with no history row (seeded directly)
    const event = (claimId: number, actor: number, kind: string, toStatus: string | null, created: number) =>
      db.run(`INSERT INTO review_events (article_id, claim_id, actor_id, kind, to_status, created_at) VALUES (1, ?, ?, ?, ?, ?)`, claimId, actor, kind, toStatus, at(created));
    await event(1, 2, 'status_changed', 'in_review', T0 + HOUR / 2);
    await event(1, 2, 'status_changed', 'verified', T0 + HOUR);
    await event(1, 1, 'verdict_published', 'verified', T0 + 2 * HOUR);
    await event(1, 1, 'claim_assigned', null, T0 + 3 * HOUR);
    await event(2, 2, 'status_changed', 'false', T0 + HOUR);
    await event(2, 1, 'verdict_published', 'false', T0 + 2 * HOUR);
    await event(2, 1, 'claim_edited', null, T0 + 2.5 * HOUR);
    await event(2, 1, 'claim_assigned', null, T0 + 3 * HOUR);
    const publish = (claimId: number, status: string) =>
      db.run(`INSERT INTO verdict_publications (claim_id, action, status, claim_version, published_by, published_at) VALUES (?, 'publish', ?, 2, 1, ?)`, claimId, status, at(T0 + 2 * HOUR));
    await publish(1, 'verified');
    await publish(2, 'false');
    // As the old rule counted them: both published claims "changed" (their versions moved).
    await db.run(
      `INSERT INTO article_stats (article_id, by_status, by_verdict, published, changed) VALUES (1, '{"verified":1,"false":1,"unreviewed":1,"unverifiable":1}', '{"verified":1,"false":1}', 2, 2), (2, '{"disputed":1}', '{}', 0, 0)`,
    );

    await db.apply(mine);

    const claims = (await db.all(`SELECT id, version, content_version, first_verdict_at, first_published_at FROM claims ORDER BY id`)).map((c) => ({
      id: Number(c.id),
      version: Number(c.version),
      content_version: Number(c.content_version),
      first_verdict_at: db.ms(c.first_verdict_at),
      first_published_at: db.ms(c.first_published_at),
    }));
    expect(claims).toEqual([
      { id: 1, version: 3, content_version: 2, first_verdict_at: T0 + HOUR, first_published_at: T0 + 2 * HOUR },
      { id: 2, version: 4, content_version: 4, first_verdict_at: T0 + HOUR, first_published_at: T0 + 2 * HOUR },
      { id: 3, version: 1, content_version: 1, first_verdict_at: null, first_published_at: null },
      { id: 4, version: 2, content_version: 2, first_verdict_at: T0 + HOUR, first_published_at: null },
      { id: 5, version: 2, content_version: 2, first_verdict_at: T0 + 5 * HOUR, first_published_at: null },
    ]);
    const stats = await db.all(`SELECT article_id, by_status, by_category, changed FROM article_stats ORDER BY article_id`);
    expect(db.json(stats[0].by_category)).toEqual({ casualties: 2, aid: 2 });
    expect(Number(stats[0].changed)).toBe(1);
    expect([db.json(stats[1].by_status), db.json(stats[1].by_category), Number(stats[1].changed)]).toEqual([{}, {}, 0]);
    const counts = Object.fromEntries((await db.all(`SELECT key, n FROM desk_counts`)).map((r) => [r.key, Number(r.n)]));
    expect(counts).toEqual({ 'status:verified': 1, 'status:false': 1, 'status:unreviewed': 1, 'status:unverifiable': 1, 'category:casualties': 2, 'category:aid': 2 });
  });
});
