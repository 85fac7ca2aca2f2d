import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { articles, claims, reviewEvents } from '@/db/schema';
import type { Db } from '@/db/client';
import type { Actor } from '@/lib/auth/permissions';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { addClaim } from './add-claim';
import { editClaim } from './edit-claim';

let db: Db;
let checker: Actor;
let articleId: number;
let claimId: number;
let body: string;

beforeEach(async () => {
  db = await createTestDb();
  checker = await createTestUser(db, 'checker');
  const created = await createTestArticle(db);
  articleId = created.articleId;
  claimId = created.claims[0].id;
  body = (await db.select().from(articles).where(eq(articles.id, articleId)))[0]!.body;
});

describe('editClaim', () => {
  it('changes only the fields sent, bumps the version and records each change from → to', async () => {
    const updated = await editClaim(db, checker, { claimId, version: 1, value: 13, claimant: 'وزارة الصحة الفلسطينية' });
    expect(updated).toMatchObject({ value: 13, claimant: 'وزارة الصحة الفلسطينية', counted: 'killed', version: 2 });
    const [event] = (await db.select().from(reviewEvents).where(eq(reviewEvents.claimId, claimId)));
    expect(event).toMatchObject({
      kind: 'claim_edited',
      payload: { changes: { value: { from: 12, to: 13 }, claimant: { from: 'وزارة الصحة', to: 'وزارة الصحة الفلسطينية' } } },
    });
  });

  it('moves the span and takes the quote from the stored text', async () => {
    const start = body.indexOf('30 آخرون');
    const updated = await editClaim(db, checker, { claimId, version: 1, start, end: start + 8 });
    expect(updated.quote).toBe('30 آخرون');
    expect(updated.mentions[0]).toEqual({ start, end: start + 8 });
  });

  it('refuses a span outside the text, a negative value and an edit that changes nothing', async () => {
    await expect(editClaim(db, checker, { claimId, version: 1, end: body.length + 5 })).rejects.toThrow(/end: must be at most/);
    await expect(editClaim(db, checker, { claimId, version: 1, value: -3 })).rejects.toThrow(/value: must not be negative/);
    await expect(editClaim(db, checker, { claimId, version: 1, value: 12 })).rejects.toThrow(/Nothing to change/);
    expect((await db.select().from(claims).where(eq(claims.id, claimId)))[0]).toMatchObject({ value: 12, version: 1 });
  });
});

describe('addClaim', () => {
  it('adds a manual claim pinned to the selected words, unreviewed, with its creation in the history', async () => {
    const start = body.indexOf('30 آخرون');
    const claim = await addClaim(db, checker, {
      articleId,
      start,
      end: start + 8,
      value: 30,
      qualifier: null,
      counted: 'injured',
      category: 'casualties',
      claimant: 'وزارة الصحة',
    });
    expect(claim).toMatchObject({ quote: '30 آخرون', status: 'unreviewed', origin: 'manual', version: 1 });
    expect((await db.select().from(reviewEvents).where(eq(reviewEvents.claimId, claim.id)))).toMatchObject([
      { kind: 'claim_created', actorId: checker.id, payload: { origin: 'manual', quote: '30 آخرون' } },
    ]);
  });

  it('refuses a blank selection and an unknown article', async () => {
    const space = body.indexOf(' ');
    const base = { value: 1, qualifier: null, counted: 'x', category: 'other' as const, claimant: null };
    await expect(addClaim(db, checker, { articleId, start: space, end: space + 1, ...base })).rejects.toThrow(/selected text is blank/);
    await expect(addClaim(db, checker, { articleId: 999, start: 0, end: 3, ...base })).rejects.toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
