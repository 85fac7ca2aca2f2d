import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../client';
import { TEST_ENGINE } from '../../lib/testing/test-db';
import { seedBench } from '../seed/bench-seed';
import { listArticlePage } from './article-page';
import { refreshArticleStats } from './article-stats';
import { getArticleBySlug } from './articles';
import { getPublicArticle } from './public-verdicts';
import { getDeskClaims } from './review-desk';
import { getReviewProgress } from './overview';
import { listPublicArticles } from './public-verdicts';
import { users } from '../schema';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../lib/auth/permissions';
import { listDeskClaims } from '../../lib/claims/list-claims';
import { listActivity } from '../../lib/desk/list-activity';
import { listPublicVerdicts } from '../../lib/desk/list-public-verdicts';
import { getOverview } from '../../lib/desk/get-overview';
import { planOf, sqliteReader, statementsOf, type PlannedClient as Client } from '../sqlite/explain';

/*
 * Every statement a hot path sends is planned with EXPLAIN QUERY PLAN; a full scan of an
 * archive-sized table or a temporary B-tree sort fails the test, so an index that goes missing
 * (or a query rewritten around it) fails here instead of in a newsroom. SQLite only: its plans
 * are what the default desk runs.
 */
const BIG_TABLES = ['claims', 'evidence', 'review_events', 'verdict_publications'];

/**
 * `walks`: tables the statement may SCAN because it walks their primary key newest first and
 * stops at a LIMIT (a feed's first page); SQLite's plan says SCAN either way, so the
 * statement itself must say ORDER BY that table's id DESC … LIMIT.
 */
function badSteps(client: Client, sql: string, walks: string[] = []): string[] {
  const walksById = (t: string) => walks.includes(t) && new RegExp(`order by "${t}"\\."id" desc limit \\?$`, 'i').test(sql.trim());
  return planOf(client, sql)
    .filter((d) => /USE TEMP B-TREE/.test(d) || BIG_TABLES.some((t) => new RegExp(`^SCAN ${t}$`).test(d) ? !walksById(t) : new RegExp(`^SCAN ${t}\\b`).test(d)));
}

describe.runIf(TEST_ENGINE === 'sqlite')('hot queries use indexes (EXPLAIN QUERY PLAN)', () => {
  let db: Db;
  let reader: Client;
  let cursor: string;
  let actor: Actor;
  const editor = { id: 1, role: 'editor' as const, name: 'Editor', email: 'editor@example.test' };
  beforeAll(async () => {
    // One in-memory database for the file: planning needs data, not isolation between tests.
    db = await openDatabase(':memory:');
    await seedBench(db, { articles: 12, claims: 600, events: 4000 });
    reader = sqliteReader(db)!;
    cursor = (await listArticlePage(db, { limit: 5 })).next!;
    const [editor] = await db.select().from(users).where(eq(users.email, 'editor@isnad.test'));
    actor = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
  });

  afterAll(() => db?.close());

  const cases: Array<[string, () => Promise<unknown>, string[]?]> = [
    ['public article list (/ and GET /api/v1/articles)', () => listPublicArticles(db)],
    ['review progress (/review, /overview)', () => getReviewProgress(db)],
    ['desk claims (/claims, GET /api/v1/claims)', () => listDeskClaims(db, actor, new URLSearchParams())],
    ['desk claims by status', () => listDeskClaims(db, actor, new URLSearchParams('status=verified'))],
    ['public verdicts (/verdicts)', () => listPublicVerdicts(db, new URLSearchParams()), ['verdict_publications']],
    ['activity feed (/activity, GET /api/v1/activity)', () => listActivity(db, actor, new URLSearchParams()), ['review_events']],
    ['article list, first page', () => listArticlePage(db)],
    ['article list, next page', () => listArticlePage(db, { after: cursor })],
    ['article list, previous page', () => listArticlePage(db, { before: cursor })],
    ['article by slug', () => getArticleBySlug(db, 'bench-3')],
    ['public article page', () => getPublicArticle(db, 'bench-3')],
    ['review desk of one article', async () => getDeskClaims(db, (await getArticleBySlug(db, 'bench-3'))!.id)],
  ];

  it.each(cases)('%s', async (_name, fn, walks) => {
    const statements = await statementsOf(reader, fn);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.flatMap((s) => badSteps(reader, s, walks).map((step) => `${step}  <-  ${s}`))).toEqual([]);
  });

  it('refreshing one article\'s counters', async () => {
    const article = (await getArticleBySlug(db, 'bench-3'))!;
    await db.transaction(async (tx) => {
      const writer = (tx as unknown as { $client: Client }).$client;
      const statements = await statementsOf(writer, () => refreshArticleStats(tx, article.id));
      expect(statements.length).toBeGreaterThan(0);
      expect(statements.flatMap((s) => badSteps(writer, s).map((step) => `${step}  <-  ${s}`))).toEqual([]);
    });
  });

  // /overview: its grouping and its median sort one period's rows (a temporary B-tree is
  // expected there); what must never happen is a scan of a whole archive table.
  it.each([
    ['overview totals, verdicts per day, medians, work per person', () => getOverview(db, editor, 90), ['claims_first_verdict_idx', 'claims_first_published_idx', 'review_events_kind_created_idx', 'verdict_publications_published_idx']],
  ] as const)('%s', async (_name, fn, indexes) => {
    const statements = await statementsOf(reader, fn);
    expect(statements.length).toBeGreaterThan(3);
    const scans = statements.flatMap((s) => planOf(reader, s).filter((d) => BIG_TABLES.some((t) => new RegExp(`^SCAN ${t}\\b`).test(d))).map((d) => `${d}  <-  ${s}`));
    expect(scans).toEqual([]);
    const used = statements.flatMap((s) => planOf(reader, s)).join('\n');
    for (const index of indexes) expect(used).toContain(index);
  });

  // At 100,000 articles with few of them public, testing each article newest first would walk
  // most of the table: the public list reads the maintained flag's index instead.
  it('the public article list pages through articles_public_idx', async () => {
    const next = (await listArticlePage(db, { publicOnly: true, limit: 3 })).next!;
    for (const fn of [() => listPublicArticles(db), () => listArticlePage(db, { publicOnly: true, after: next })]) {
      const statements = (await statementsOf(reader, fn)).filter((s) => /"articles"/.test(s) && /is_public/.test(s));
      expect(statements.length).toBeGreaterThan(0);
      for (const s of statements) expect(planOf(reader, s).join('\n'), s).toMatch(/SEARCH articles USING (COVERING )?INDEX articles_public_idx/);
    }
  });

  it('fails on a full scan (the guard itself)', () => {
    expect(badSteps(reader, 'select * from review_events where note = ?')).toEqual([expect.stringMatching(/^SCAN review_events/)]);
    expect(badSteps(reader, 'select * from claims where article_id = ? order by quote')).toEqual([expect.stringMatching(/TEMP B-TREE/)]);
    // A walk newest first is allowed only where it is declared and the statement stops at a LIMIT.
    expect(badSteps(reader, 'select * from "review_events" order by "review_events"."id" desc limit ?', ['review_events'])).toEqual([]);
    expect(badSteps(reader, 'select * from "review_events" order by "review_events"."id" desc', ['review_events'])).not.toEqual([]);
    expect(badSteps(reader, 'select * from "review_events" order by "review_events"."id" desc limit ?')).not.toEqual([]);
  });
});
