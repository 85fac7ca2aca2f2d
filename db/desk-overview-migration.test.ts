import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { TEST_ENGINE } from '../lib/testing/test-db';

/*
 * The desk_overview migration fills its new columns for a desk that already has history:
 * replayed here on SQLite from the migration files themselves (every file before it, rows
 * as an older desk wrote them, then the migration), so a fill that goes wrong fails here.
 */
const DIR = join(__dirname, '..', 'drizzle');
const files = readdirSync(DIR).filter((f) => f.endsWith('.sql')).sort();
const mine = files.findIndex((f) => f.endsWith('_desk_overview.sql'));

function apply(db: Database.Database, file: string) {
  for (const statement of readFileSync(join(DIR, file), 'utf8').split('--> statement-breakpoint')) if (statement.trim()) db.exec(statement);
}

const HOUR = 3_600_000;
const T0 = Date.UTC(2026, 10, 1);

// PostgreSQL runs the same statements (its own file) on every test database it migrates.
describe.runIf(TEST_ENGINE === 'sqlite')('desk_overview migration (SQLite)', () => {
  it('fills content versions, first verdict and publication times, categories and the desk totals', () => {
    expect(mine).toBeGreaterThan(0);
    const db = new Database(':memory:');
    for (const file of files.slice(0, mine)) apply(db, file);
    db.prepare(`INSERT INTO users (id, email, name, role, password_hash) VALUES (1, 'e@x.test', 'Editor', 'editor', 'x'), (2, 'c@x.test', 'Checker', 'checker', 'x')`).run();
    db.prepare(`INSERT INTO articles (id, slug, title, body, body_hash, imported_at, deleted_at) VALUES (1, 'a', 'A', 'body a', 'ha', ?, NULL), (2, 'd', 'D', 'body d', 'hd', ?, ?)`).run(T0, T0, T0 + HOUR);
    const claim = db.prepare(`INSERT INTO claims (id, article_id, quote, start, "end", counted, category, origin, status, version, updated_at) VALUES (?, ?, 'q', 0, 1, 'killed', ?, 'extractor', ?, ?, ?)`);
    claim.run(1, 1, 'casualties', 'verified', 3, T0 + 3 * HOUR); // judged, published, then only assigned
    claim.run(2, 1, 'casualties', 'false', 4, T0 + 3 * HOUR); // published, then edited and assigned
    claim.run(3, 1, 'aid', 'unreviewed', 1, T0);
    claim.run(4, 2, 'aid', 'disputed', 2, T0 + HOUR); // of the deleted article
    claim.run(5, 1, 'aid', 'unverifiable', 2, T0 + 5 * HOUR); // a verdict with no history row (seeded directly)
    const event = db.prepare(`INSERT INTO review_events (article_id, claim_id, actor_id, kind, to_status, created_at) VALUES (?, ?, ?, ?, ?, ?)`);
    event.run(1, 1, 2, 'status_changed', 'in_review', T0 + HOUR / 2);
    event.run(1, 1, 2, 'status_changed', 'verified', T0 + HOUR);
    event.run(1, 1, 1, 'verdict_published', 'verified', T0 + 2 * HOUR);
    event.run(1, 1, 1, 'claim_assigned', null, T0 + 3 * HOUR);
    event.run(1, 2, 2, 'status_changed', 'false', T0 + HOUR);
    event.run(1, 2, 1, 'verdict_published', 'false', T0 + 2 * HOUR);
    event.run(1, 2, 1, 'claim_edited', null, T0 + 2.5 * HOUR);
    event.run(1, 2, 1, 'claim_assigned', null, T0 + 3 * HOUR);
    const publish = db.prepare(`INSERT INTO verdict_publications (claim_id, action, status, claim_version, published_by, published_at) VALUES (?, 'publish', ?, 2, 1, ?)`);
    publish.run(1, 'verified', T0 + 2 * HOUR);
    publish.run(2, 'false', T0 + 2 * HOUR);
    // As the old rule counted them: both published claims "changed" (their versions moved).
    db.prepare(`INSERT INTO article_stats (article_id, by_status, by_verdict, published, changed) VALUES (1, '{"verified":1,"false":1,"unreviewed":1,"unverifiable":1}', '{"verified":1,"false":1}', 2, 2), (2, '{"disputed":1}', '{}', 0, 0)`).run();

    apply(db, files[mine]);

    const claims = db.prepare(`SELECT id, version, content_version, first_verdict_at, first_published_at FROM claims ORDER BY id`).all();
    expect(claims).toEqual([
      { id: 1, version: 3, content_version: 2, first_verdict_at: T0 + HOUR, first_published_at: T0 + 2 * HOUR },
      { id: 2, version: 4, content_version: 4, first_verdict_at: T0 + HOUR, first_published_at: T0 + 2 * HOUR },
      { id: 3, version: 1, content_version: 1, first_verdict_at: null, first_published_at: null },
      { id: 4, version: 2, content_version: 2, first_verdict_at: T0 + HOUR, first_published_at: null },
      { id: 5, version: 2, content_version: 2, first_verdict_at: T0 + 5 * HOUR, first_published_at: null },
    ]);
    const stats = db.prepare(`SELECT article_id, by_status, by_category, changed FROM article_stats ORDER BY article_id`).all() as Array<Record<string, unknown>>;
    expect(JSON.parse(String(stats[0].by_category))).toEqual({ casualties: 2, aid: 2 });
    expect(stats[0].changed).toBe(1);
    expect(stats[1]).toMatchObject({ by_status: '{}', by_category: '{}', changed: 0 });
    const counts = Object.fromEntries((db.prepare(`SELECT key, n FROM desk_counts`).all() as Array<{ key: string; n: number }>).map((r) => [r.key, r.n]));
    expect(counts).toEqual({ 'status:verified': 1, 'status:false': 1, 'status:unreviewed': 1, 'status:unverifiable': 1, 'category:casualties': 2, 'category:aid': 2 });
    db.close();
  });
});
