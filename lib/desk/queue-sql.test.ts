import Database from 'better-sqlite3';
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
    CREATE TABLE claims (id INTEGER PRIMARY KEY, status TEXT NOT NULL, version INTEGER NOT NULL, explanation TEXT,
                         created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
    CREATE TABLE evidence (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL, added_at INTEGER NOT NULL, removed_at INTEGER);
    CREATE TABLE review_events (id INTEGER PRIMARY KEY, claim_id INTEGER, actor_id INTEGER, kind TEXT NOT NULL,
                                to_status TEXT, created_at INTEGER NOT NULL);
    CREATE TABLE verdict_publications (id INTEGER PRIMARY KEY, claim_id INTEGER NOT NULL, action TEXT NOT NULL,
                                       claim_version INTEGER NOT NULL, published_at INTEGER NOT NULL);
  `);
  afterAll(() => db.close());

  const rnd = random(20261207);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)];
  const snapshots = new Map<number, SnapshotRows>();
  const CLAIMS = 400;
  for (let id = 1; id <= CLAIMS; id++) {
    const createdAt = BASE + Math.floor(rnd() * 30) * DAY;
    const claim = {
      status: pick(CLAIM_STATUSES_V2),
      version: 1 + Math.floor(rnd() * 4),
      explanation: rnd() < 0.6 ? 'Explained for readers.' : null,
      createdAt: new Date(createdAt),
      updatedAt: new Date(createdAt + Math.floor(rnd() * 5) * DAY),
    };
    db.prepare('INSERT INTO claims VALUES (?, ?, ?, ?, ?, ?)').run(id, claim.status, claim.version, claim.explanation, +claim.createdAt, +claim.updatedAt);
    const evidence: SnapshotRows['evidence'][number][] = [];
    for (let n = Math.floor(rnd() * 3); n > 0; n--) {
      const addedAt = createdAt + Math.floor(rnd() * 10) * DAY;
      const removedAt = rnd() < 0.3 ? addedAt + Math.floor(1 + rnd() * 5) * DAY : null;
      evidence.push({ addedAt: new Date(addedAt), removedAt: removedAt ? new Date(removedAt) : null });
      db.prepare('INSERT INTO evidence (claim_id, added_at, removed_at) VALUES (?, ?, ?)').run(id, addedAt, removedAt);
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
      db.prepare('INSERT INTO review_events (claim_id, actor_id, kind, to_status, created_at) VALUES (?, ?, ?, ?, ?)').run(
        id, event.actorId, event.kind, event.toStatus, at,
      );
    }
    let latestPublication: SnapshotRows['latestPublication'] = null;
    for (let n = Math.floor(rnd() * 3); n > 0; n--) {
      latestPublication = {
        action: rnd() < 0.75 ? 'publish' : 'unpublish',
        claimVersion: 1 + Math.floor(rnd() * 4),
        publishedAt: new Date(createdAt + Math.floor(rnd() * 12) * DAY),
      };
      db.prepare('INSERT INTO verdict_publications (claim_id, action, claim_version, published_at) VALUES (?, ?, ?, ?)').run(
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

  it('for every predicate, on random histories', () => {
    const cases: Array<[string, string, (s: ReturnType<typeof buildSnapshot>) => boolean, Record<string, number>?]> = [
      ['judgedWithoutEvidence', QUEUE_SQL.judgedWithoutEvidence, judgedWithoutEvidence],
      ['reviewersDisagree', QUEUE_SQL.reviewersDisagree, reviewersDisagree],
      ['untouched', QUEUE_SQL.untouched, (s) => untouchedFor(s, DAYS, NOW), { cutoff: params.cutoff }],
      ['changedSincePublication', QUEUE_SQL.changedSincePublication, changedSincePublication],
      ['readyToPublish', QUEUE_SQL.readyToPublish, (s) => readyToPublish(s, 2), { editorId: 2, requireSecondReviewer: 1 }],
      ['readyToPublish alone', QUEUE_SQL.readyToPublish, (s) => readyToPublish(s, 2, { requireSecondReviewer: false }), { editorId: 2, requireSecondReviewer: 0 }],
      ['needs attention', NEEDS_ATTENTION_SQL, (s) => attentionReasons(s, { untouchedDays: DAYS, now: NOW }).length > 0, { cutoff: params.cutoff }],
    ];
    for (const [name, sql, predicate, bind] of cases) {
      const want = expected(predicate);
      expect(want.length, `${name} selects some claims`).toBeGreaterThan(0);
      expect(want.length, `${name} leaves some claims out`).toBeLessThan(CLAIMS);
      expect(ids(sql, bind), name).toEqual(want);
    }
  });
});
