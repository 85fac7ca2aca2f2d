import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES_V2 } from '@/lib/verdicts/scale';
import { buildSnapshot, type SnapshotRows } from './build-snapshot';
import { CURRENT_PUBLICATION_JOIN, LATEST_VERDICTS_CTE, NEEDS_ATTENTION_SQL, QUEUE_SQL } from './queue-sql';
import { attentionReasons, changedSincePublication, judgedWithoutEvidence, readyToPublish, reviewersDisagree, untouchedFor } from './queues';

/** A small seeded generator, so a failure names a history that can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);

describe('queue SQL agrees with the queue predicates', () => {
  const db = new Database(':memory:');
  db.exec(`
    CREATE TABLE claims (id INTEGER PRIMARY KEY, status TEXT NOT NULL, version INTEGER NOT NULL, content_version INTEGER NOT NULL, explanation TEXT,
                         created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
    CREATE TABLE evidence (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL, added_at INTEGER NOT NULL, removed_at INTEGER);
    CREATE TABLE review_events (id INTEGER PRIMARY KEY, claim_id INTEGER, actor_id INTEGER, kind TEXT NOT NULL,
                                to_status TEXT, created_at INTEGER NOT NULL);
    CREATE TABLE verdict_publications (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL, action TEXT NOT NULL,
                                       claim_version INTEGER NOT NULL, published_at INTEGER NOT NULL);
  `);
  afterAll(() => db.close());
  /** Every insert, replayed on PostgreSQL below. */
  const inserts: Array<[string, unknown[]]> = [];
  const insert = (sql: string, ...values: unknown[]) => {
    db.prepare(sql).run(...values);
    inserts.push([sql, values]);
  };

  const rnd = random(20261207);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const snapshots = new Map<number, SnapshotRows>();
  const CLAIMS = 400;
  for (let id = 1; id <= CLAIMS; id++) {
    const createdAt = BASE + Math.floor(rnd() * 30) * DAY;
    const version = 1 + Math.floor(rnd() * 4);
    const claim = {
      status: pick(CLAIM_STATUSES_V2),
      version,
      // Assignments since the last change of content leave it behind the version.
      contentVersion: version - Math.floor(rnd() * version),
      explanation: rnd() < 0.6 ? 'Explained for readers.' : null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt + Math.floor(rnd() * 5) * DAY),
    };
    insert('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?, ?)', id, claim.status, claim.version, claim.contentVersion, claim.explanation, +claim.createdAt, +claim.updatedAt);
    const evidence: SnapshotRows['evidence'][number][] = [];
    for (let n = Math.floor(rnd() * 3); n > 0; n--) {
      const addedAt = createdAt + Math.floor(rnd() * 10) * DAY;
      const removedAt = rnd() < 0.3 ? addedAt + Math.floor(1 + rnd() * 5) * DAY : null;
      evidence.push({ addedAt: new Date(addedAt), removedAt: removedAt ? new Date(removedAt) : null });
      insert('INSERT INTO evidence (claim_id, added_at, removed_at) VALUES (?, ?, ?)', id, addedAt, removedAt);
    }
    const events: SnapshotRows['events'][number][] = [];
    let at = createdAt;
    for (let n = Math.floor(rnd() * 6); n > 0; n--) {
      at += 1 + Math.floor(rnd() * 4 * DAY);
      const kind = pick(['status_changed', 'status_changed', 'comment', 'evidence_added'] as const);
      const event = {
        kind,
        actorId: rnd() < 0.1 ? null : 1 + Math.floor(rnd() * 3),
        toStatus: kind === 'status_changed' ? pick(CLAIM_STATUSES_V2) : null,
        createdAt: new Date(at),
      };
      events.push(event);
      insert('INSERT INTO review_events (claim_id, actor_id, kind, to_status, created_at) VALUES (?, ?, ?, ?, ?)', id, event.actorId, event.kind, event.toStatus, at);
    }
    let latestPublication: SnapshotRows['latestPublication'] = null;
    for (let n = Math.floor(rnd() * 3); n > 0; n--) {
      latestPublication = {
        action: rnd() < 0.75 ? 'publish' : 'unpublish',
        claimVersion: 1 + Math.floor(rnd() * 4),
        publishedAt: new Date(createdAt + Math.floor(rnd() * 12) * DAY),
      };
      insert(
        'INSERT INTO verdict_publications (claim_id, action, claim_version, published_at) VALUES (?, ?, ?, ?)',
        id, latestPublication.action, latestPublication.claimVersion, +latestPublication.publishedAt,
      );
    }
    snapshots.set(id, { claim, evidence, events, latestPublication });
  }

  const NOW = new Date(BASE + 40 * DAY);
  const DAYS = 7;
  const params = { cutoff: +NOW - DAYS * DAY, editorId: 2, requireSecondReviewer: 1 };
  const ids = (where: string, bind: Record<string, number> = {}) =>
    db
      .prepare(`WITH ${LATEST_VERDICTS_CTE} SELECT c.id FROM claims c ${CURRENT_PUBLICATION_JOIN} WHERE ${where} ORDER BY c.id`)
      .all(bind)
      .map((r) => (r as { id: number }).id);
  const expected = (test: (s: ReturnType<typeof buildSnapshot>) => boolean) =>
    [...snapshots].filter(([, rows]) => test(buildSnapshot(rows))).map(([id]) => id);

  const cases: Array<[string, string, (s: ReturnType<typeof buildSnapshot>) => boolean, Record<string, number>?]> = [
      ['judgedWithoutEvidence', QUEUE_SQL.judgedWithoutEvidence, judgedWithoutEvidence],
      ['reviewersDisagree', QUEUE_SQL.reviewersDisagree, reviewersDisagree],
      ['untouched', QUEUE_SQL.untouched, (s) => untouchedFor(s, DAYS, NOW), { cutoff: params.cutoff }],
      ['changedSincePublication', QUEUE_SQL.changedSincePublication, changedSincePublication],
      ['readyToPublish', QUEUE_SQL.readyToPublish, (s) => readyToPublish(s, 2), { editorId: 2, requireSecondReviewer: 1 }],
      ['readyToPublish alone', QUEUE_SQL.readyToPublish, (s) => readyToPublish(s, 2, { requireSecondReviewer: false }), { editorId: 2, requireSecondReviewer: 0 }],
      ['needs attention', NEEDS_ATTENTION_SQL, (s) => attentionReasons(s, { untouchedDays: DAYS, now: NOW }).length > 0, { cutoff: params.cutoff }],
  ];

  it('on SQLite, for every predicate, on random histories', () => {
    for (const [name, sql, predicate, bind] of cases) {
      const want = expected(predicate);
      expect(want.length, `${name} selects some claims`).toBeGreaterThan(0);
      expect(want.length, `${name} leaves some claims out`).toBeLessThan(CLAIMS);
      expect(ids(sql, bind), name).toEqual(want);
    }
  });

  const url = process.env.ISNAD_TEST_PG_URL;
  it.skipIf(!url)('on PostgreSQL, the same', async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const numbered = (sql: string) => {
      let n = 0;
      return sql.replace(/\?/g, () => `$${++n}`);
    };
    try {
      await client.query('BEGIN');
      await client.query(`
        CREATE TEMP TABLE claims (id integer PRIMARY KEY, status text NOT NULL, version integer NOT NULL, content_version integer NOT NULL, explanation text,
                                  created_at bigint NOT NULL, updated_at bigint NOT NULL);
        CREATE TEMP TABLE evidence (id serial PRIMARY KEY, claim_id integer NOT NULL, added_at bigint NOT NULL, removed_at bigint);
        CREATE TEMP TABLE review_events (id serial PRIMARY KEY, claim_id integer, actor_id integer, kind text NOT NULL,
                                         to_status text, created_at bigint NOT NULL);
        CREATE TEMP TABLE verdict_publications (id serial PRIMARY KEY, claim_id integer NOT NULL, action text NOT NULL,
                                                claim_version integer NOT NULL, published_at bigint NOT NULL);`);
      for (const [sql, values] of inserts) await client.query(numbered(sql), values);
      for (const [name, sql, predicate, bind = {}] of cases) {
        const names: string[] = [];
        const text = `WITH ${LATEST_VERDICTS_CTE} SELECT c.id FROM claims c ${CURRENT_PUBLICATION_JOIN} WHERE ${sql} ORDER BY c.id`.replace(
          /:(\w+)/g,
          (_, key: string) => `$${names.indexOf(key) + 1 || names.push(key)}`,
        );
        const { rows } = await client.query(text, names.map((k) => bind[k]));
        expect(rows.map((r) => r.id), name).toEqual(expected(predicate));
      }
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});
