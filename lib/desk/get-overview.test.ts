import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { articleStats, articles, claims, reviewEvents, verdictPublications, VERDICT_STATUSES } from '@/db/schema';
import { getDeskClaims } from '@/db/queries/review-desk';
import { loadSnapshot } from '@/lib/claims/load-snapshot';
import { addEvidence } from '@/lib/claims/add-evidence';
import { assignClaim } from '@/lib/claims/assign-claim';
import { editClaim } from '@/lib/claims/edit-claim';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { setArticleVisibility } from '@/lib/articles/set-article-visibility';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { getVerdictsPerDay } from '@/db/queries/overview';
import { getOverview } from './get-overview';
import { parseOverviewPeriod, periodDays } from './overview-period';
import { median } from './overview-stats';
import { changedSincePublication } from './queues';

const HOUR = 3_600_000;

/** What /overview must show, counted the slow way from every row the database holds. */
async function bruteForce(db: Db, since: Date) {
  const live = await db
    .select({ claim: claims, importedAt: articles.importedAt, deletedAt: articles.deletedAt })
    .from(claims)
    .innerJoin(articles, eq(articles.id, claims.articleId));
  const onDesk = live.filter((r) => !r.deletedAt);
  const count = (key: (r: (typeof onDesk)[number]) => string) =>
    onDesk.reduce<Record<string, number>>((acc, r) => ({ ...acc, [key(r)]: (acc[key(r)] ?? 0) + 1 }), {});
  const events = (await db.select().from(reviewEvents).where(eq(reviewEvents.kind, 'status_changed'))).filter((e) => e.createdAt >= since);
  const publications = (await db.select().from(verdictPublications).where(eq(verdictPublications.action, 'publish'))).filter((p) => p.publishedAt >= since);
  const verdictEvents = events.filter((e) => (VERDICT_STATUSES as readonly string[]).includes(e.toStatus ?? ''));
  const perDay: Record<string, number> = {};
  for (const e of verdictEvents) perDay[e.createdAt.toISOString().slice(0, 10)] = (perDay[e.createdAt.toISOString().slice(0, 10)] ?? 0) + 1;
  const work: Record<number, { reviews: number; verdicts: number; published: number }> = {};
  const of = (id: number) => (work[id] ??= { reviews: 0, verdicts: 0, published: 0 });
  for (const e of events) if (e.actorId !== null) of(e.actorId).reviews += 1;
  for (const e of verdictEvents) if (e.actorId !== null) of(e.actorId).verdicts += 1;
  for (const p of publications) of(p.publishedBy).published += 1;
  // First verdict and first publication per claim, from the history itself.
  const allVerdictEvents = (await db.select().from(reviewEvents).where(eq(reviewEvents.kind, 'status_changed'))).filter((e) =>
    (VERDICT_STATUSES as readonly string[]).includes(e.toStatus ?? ''),
  );
  const allPublications = await db.select().from(verdictPublications).where(eq(verdictPublications.action, 'publish'));
  const first = (times: Date[]) => (times.length ? Math.min(...times.map((d) => d.getTime())) : null);
  const toVerdict: number[] = [];
  const toPublication: number[] = [];
  for (const r of onDesk) {
    const v = first(allVerdictEvents.filter((e) => e.claimId === r.claim.id).map((e) => e.createdAt));
    const p = first(allPublications.filter((e) => e.claimId === r.claim.id).map((e) => e.publishedAt));
    if (v !== null && v >= since.getTime()) toVerdict.push(v - r.importedAt.getTime());
    if (p !== null && p >= since.getTime()) toPublication.push(p - r.importedAt.getTime());
  }
  return { byStatus: count((r) => r.claim.status), byCategory: count((r) => r.claim.category), perDay, work, toVerdict, toPublication };
}

const nonZero = (rows: Array<{ key: string; n: number }>) => Object.fromEntries(rows.filter((r) => r.n > 0).map((r) => [r.key, r.n]));

describe('getOverview', () => {
  it('shows what the database holds: totals, verdicts per day, medians and work per person', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const second = await createTestUser(db, 'checker');
    const a = await createTestArticle(db);
    const b = await createTestArticle(db);
    const c = await createTestArticle(db);
    // Imported some hours ago, each a different time, so the medians measure something.
    const now = Date.now();
    await db.transaction(async (tx) => {
      await tx.update(articles).set({ importedAt: new Date(now - 5 * HOUR) }).where(eq(articles.id, a.articleId));
      await tx.update(articles).set({ importedAt: new Date(now - 30 * HOUR) }).where(eq(articles.id, b.articleId));
      await tx.update(articles).set({ importedAt: new Date(now - 2 * HOUR) }).where(eq(articles.id, c.articleId));
    });

    const [a1, a2] = a.claims;
    await addEvidence(db, checker, { claimId: a1.id, url: 'https://example.org/a1', stance: 'supports' });
    const judged = await reviewClaim(db, checker, { claimId: a1.id, status: 'verified', note: 'Two sources.', explanation: 'Confirmed by two sources.', version: a1.version });
    await publishVerdict(db, editor, { claimId: a1.id });
    // A second opinion that changes the status again: a review and a verdict, not a first verdict.
    await reviewClaim(db, second, { claimId: a1.id, status: 'disputed', note: 'A third source disagrees.', version: judged.version });
    await reviewClaim(db, checker, { claimId: a2.id, status: 'in_review', note: null, version: a2.version });
    await reviewClaim(db, second, { claimId: b.claims[0].id, status: 'unverifiable', note: 'Nobody publishes it.', explanation: 'No source can say.', version: b.claims[0].version });
    await publishVerdict(db, editor, { claimId: b.claims[0].id });
    await editClaim(db, editor, { claimId: b.claims[1].id, version: b.claims[1].version, category: 'aid' });
    // A deleted article leaves the desk's totals, and its claims the medians.
    await reviewClaim(db, checker, { claimId: c.claims[0].id, status: 'false', note: 'Wrong.', version: c.claims[0].version });
    await setArticleVisibility(db, editor, { slug: (await db.select().from(articles).where(eq(articles.id, c.articleId)))[0].slug, action: 'delete', reason: 'Duplicate.' });

    const overview = await getOverview(db, editor, 7);
    const expected = await bruteForce(db, overview.since);

    expect(nonZero(overview.byStatus)).toEqual(expected.byStatus);
    expect(nonZero(overview.byCategory)).toEqual(expected.byCategory);
    expect(overview.totalClaims).toBe(4);
    expect(overview.verdictsPerDay).toHaveLength(7);
    expect(Object.fromEntries(overview.verdictsPerDay.filter((d) => d.total > 0).map((d) => [d.day, d.total]))).toEqual(expected.perDay);
    const today = overview.verdictsPerDay.at(-1)!;
    expect(today.counts).toMatchObject({ verified: 1, disputed: 1, unverifiable: 1, false: 1 });

    expect(overview.medians.verdictClaims).toBe(expected.toVerdict.length);
    expect(overview.medians.verdictClaims).toBe(2);
    expect(overview.medians.toVerdict).toBeCloseTo(median(expected.toVerdict)!, -1);
    expect(overview.medians.toVerdict! / HOUR).toBeGreaterThan(17);
    expect(overview.medians.publishedClaims).toBe(2);
    expect(overview.medians.toPublication).toBeCloseTo(median(expected.toPublication)!, -1);

    const work = Object.fromEntries(overview.work.map((w) => [w.userId, { reviews: w.reviews, verdicts: w.verdicts, published: w.published }]));
    expect(work).toEqual(expected.work);
    expect(work[checker.id]).toEqual({ reviews: 3, verdicts: 2, published: 0 });
    expect(work[editor.id]).toEqual({ reviews: 0, verdicts: 0, published: 2 });
    expect(overview.work.find((w) => w.userId === second.id)?.name).toBe(second.name);
  });

  it('counts only the chosen period', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const { claims: [claim] } = await createTestArticle(db);
    await reviewClaim(db, checker, { claimId: claim.id, status: 'unverifiable', note: 'Nobody can say.', version: claim.version });
    const later = new Date(Date.now() + 10 * 86_400_000);
    const overview = await getOverview(db, editor, 7, later);
    expect(overview.verdictsPerDay.every((d) => d.total === 0)).toBe(true);
    expect(overview.work).toEqual([]);
    expect(overview.medians).toEqual({ toVerdict: null, verdictClaims: 0, toPublication: null, publishedClaims: 0 });
    expect(overview.totalClaims).toBe(2);
  });

  it('shows an editor their own publish and a checker their verdict on the very next view', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const { claims: [claim] } = await createTestArticle(db);
    const before = await getOverview(db, editor, 30);
    expect(before.work).toEqual([]);
    expect(before.medians.verdictClaims).toBe(0);

    await reviewClaim(db, checker, { claimId: claim.id, status: 'unverifiable', note: 'Checked.', explanation: 'No source can say.', version: claim.version });
    const judged = await getOverview(db, editor, 30);
    expect(judged.verdictsPerDay.at(-1)!.counts.unverifiable).toBe(1);
    expect(judged.medians.verdictClaims).toBe(1);
    expect(judged.work.find((w) => w.userId === checker.id)).toMatchObject({ reviews: 1, verdicts: 1, published: 0 });

    await publishVerdict(db, editor, { claimId: claim.id });
    const published = await getOverview(db, editor, 30);
    expect(published.medians.publishedClaims).toBe(1);
    expect(published.work.find((w) => w.userId === editor.id)).toMatchObject({ published: 1, name: editor.name });
    // Another period is its own set of figures, just as fresh.
    expect((await getOverview(db, editor, 7)).work.find((w) => w.userId === editor.id)?.published).toBe(1);

    // Deleting an article takes its claims out of the medians at once.
    const other = await createTestArticle(db);
    await reviewClaim(db, checker, { claimId: other.claims[0].id, status: 'false', note: 'Wrong.', version: other.claims[0].version });
    expect((await getOverview(db, editor, 30)).medians.verdictClaims).toBe(2);
    const [{ slug }] = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, other.articleId));
    await setArticleVisibility(db, editor, { slug, action: 'delete', reason: 'Duplicate.' });
    expect((await getOverview(db, editor, 30)).medians.verdictClaims).toBe(1);
  });

  it('counts a day\'s verdicts of one kind in one row', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    const { claims: [first, second] } = await createTestArticle(db);
    for (const c of [first, second]) await reviewClaim(db, checker, { claimId: c.id, status: 'unverifiable', note: 'Nobody can say.', version: c.version });
    const today = new Date().toISOString().slice(0, 10);
    const rows = await getVerdictsPerDay(db, new Date(Date.now() - 86_400_000));
    expect(rows.filter((r) => r.day === today)).toEqual([{ day: today, key: 'unverifiable', n: 2 }]);
  });

  it('is for editors', async () => {
    const db = await createTestDb();
    const checker = await createTestUser(db, 'checker');
    await expect(getOverview(db, checker, 30)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getOverview(db, null, 30)).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe('overview period', () => {
  it('takes 7, 30 or 90 days from the URL and refuses anything else', () => {
    expect(parseOverviewPeriod(undefined)).toEqual({ days: 30, refused: false });
    expect(parseOverviewPeriod('7')).toEqual({ days: 7, refused: false });
    expect(parseOverviewPeriod(['90', '7'])).toEqual({ days: 90, refused: false });
    expect(parseOverviewPeriod('100000')).toEqual({ days: 30, refused: true });
    expect(parseOverviewPeriod('7 ')).toEqual({ days: 30, refused: true });
  });

  it('ends today (UTC) and starts at the first day\'s midnight', () => {
    const { days, since } = periodDays(7, new Date('2026-03-05T22:30:00Z'));
    expect(days).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05']);
    expect(since.toISOString()).toBe('2026-02-27T00:00:00.000Z');
  });
});

describe('assignment and "changed since publication"', () => {
  it('assigning a published claim changes nothing published; editing it does; a stale assignment is refused', async () => {
    const db = await createTestDb();
    const editor = await createTestUser(db, 'editor');
    const checker = await createTestUser(db, 'checker');
    const { articleId, claims: [claim] } = await createTestArticle(db);
    const judged = await reviewClaim(db, checker, { claimId: claim.id, status: 'unverifiable', note: 'Nobody can say.', explanation: 'No source can say.', version: claim.version });
    await publishVerdict(db, editor, { claimId: claim.id });
    const assigned = await assignClaim(db, editor, { claimId: claim.id, assignee: checker.id, version: judged.version });
    expect(assigned.version).toBe(judged.version + 1);
    expect(assigned.contentVersion).toBe(judged.contentVersion);
    // The second of two editors who read the same version is refused, as before.
    await expect(assignClaim(db, editor, { claimId: claim.id, assignee: null, version: judged.version })).rejects.toMatchObject({ code: 'conflict' });

    const changed = async () => ({
      desk: (await getDeskClaims(db, articleId)).claims.find((c) => c.id === claim.id)!.changedSincePublication,
      stats: (await db.select().from(articleStats).where(eq(articleStats.articleId, articleId)))[0].changed,
      queue: changedSincePublication(await loadSnapshot(db, (await db.select().from(claims).where(eq(claims.id, claim.id)))[0])),
    });
    expect(await changed()).toEqual({ desk: false, stats: 0, queue: false });
    await expect(publishVerdict(db, editor, { claimId: claim.id })).rejects.toMatchObject({ code: 'conflict' });

    await editClaim(db, editor, { claimId: claim.id, version: assigned.version, counted: 'people killed' });
    expect(await changed()).toEqual({ desk: true, stats: 1, queue: true });
  });
});
