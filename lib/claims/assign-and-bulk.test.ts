import { beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { listClaims } from '@/db/queries/list-claims';
import { claims, reviewEvents } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { assignClaim } from './assign-claim';
import { bulkClaims } from './bulk-claims';
import { reviewClaim } from './review-claim';

let db: Db;
let editor: Actor;
let checker: Actor;
let ids: number[];

beforeEach(async () => {
  db = await createTestDb();
  editor = await createTestUser(db, 'editor');
  checker = await createTestUser(db, 'checker');
  ids = (await createTestArticle(db)).claims.map((c) => c.id);
});

const list = (filters: Parameters<typeof listClaims>[1], viewer: Actor = checker, limit = 50, cursor: { key: number; id: number } | null = null) =>
  listClaims(db, filters, { cursor, limit }, { id: viewer.id, requireSecondReviewer: true });

describe(`assignment and queues (${TEST_ENGINE})`, () => {
  it('assigns a claim with a history row, and the assignee finds it in My queue', async () => {
    await assignClaim(db, editor, { claimId: ids[0], assignee: checker.id, version: 1 });
    expect((await list({ queue: 'mine' })).claims.map((c) => c.id)).toEqual([ids[0]]);
    expect((await list({ queue: 'unassigned' })).claims.map((c) => c.id)).toEqual([ids[1]]);
    expect((await list({ assignee: checker.id })).claims[0]).toMatchObject({ id: ids[0], assigneeName: 'Test checker' });
    const events = await db.select().from(reviewEvents).where(eq(reviewEvents.claimId, ids[0]));
    expect(events).toMatchObject([{ kind: 'claim_assigned', actorId: editor.id, payload: { from: null, to: checker.id } }]);
  });

  it('lets only editors assign, and refuses a stale version or an unknown user', async () => {
    await expect(assignClaim(db, checker, { claimId: ids[0], assignee: checker.id, version: 1 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(assignClaim(db, editor, { claimId: ids[0], assignee: 99999, version: 1 })).rejects.toMatchObject({ code: 'invalid_input' });
    await assignClaim(db, editor, { claimId: ids[0], assignee: checker.id, version: 1 });
    await expect(assignClaim(db, editor, { claimId: ids[0], assignee: null, version: 1 })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('filters by status, category and claimant, and pages by keyset', async () => {
    await reviewClaim(db, checker, { claimId: ids[0], status: 'in_review', version: 1 });
    expect((await list({ status: ['in_review'] })).claims.map((c) => c.id)).toEqual([ids[0]]);
    expect((await list({ category: ['displacement'] })).claims.map((c) => c.id)).toEqual([ids[1]]);
    expect((await list({ claimant: 'وزارة الصحة' })).claims.map((c) => c.id)).toEqual([ids[0]]);
    const first = await list({}, checker, 1);
    expect(first.claims).toHaveLength(1);
    expect(first.next).not.toBeNull();
    const second = await list({}, checker, 1, first.next);
    expect(second.claims.map((c) => c.id)).not.toEqual(first.claims.map((c) => c.id));
    expect(second.next).toBeNull();
  });
});

describe(`bulk actions (${TEST_ENGINE})`, () => {
  it('dismisses a selection with one reason, one history row per claim', async () => {
    const result = await bulkClaims(db, checker, { action: 'dismiss', ids, note: 'Not a figure: a date.' });
    expect(result).toEqual({ done: [...ids].sort((a, b) => a - b), refused: [] });
    const rows = await db.select().from(claims);
    expect(rows.map((r) => r.status)).toEqual(['dismissed', 'dismissed']);
    const events = await db.select().from(reviewEvents).where(eq(reviewEvents.kind, 'status_changed'));
    expect(events.map((e) => [e.claimId, e.note])).toEqual(ids.map((id) => [id, 'Not a figure: a date.']));
  });

  it('refuses a dismissal without a reason, and lists the claims an action does not apply to', async () => {
    await expect(bulkClaims(db, checker, { action: 'dismiss', ids })).rejects.toMatchObject({ code: 'invalid_input' });
    await reviewClaim(db, checker, { claimId: ids[0], status: 'unverifiable', note: 'n', version: 1 });
    const result = await bulkClaims(db, checker, { action: 'dismiss', ids, note: 'x' });
    expect(result.done).toEqual([ids[1]]);
    expect(result.refused).toMatchObject([{ id: ids[0], code: 'invalid_transition' }]);
  });

  it('sets in review and assigns in bulk; only editors assign', async () => {
    expect((await bulkClaims(db, checker, { action: 'in_review', ids })).done).toHaveLength(2);
    await expect(bulkClaims(db, checker, { action: 'assign', ids, assignee: checker.id })).rejects.toMatchObject({ code: 'forbidden' });
    await bulkClaims(db, editor, { action: 'assign', ids, assignee: checker.id });
    expect((await list({ queue: 'mine' })).claims).toHaveLength(2);
  });
});
