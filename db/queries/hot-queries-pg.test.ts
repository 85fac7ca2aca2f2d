import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/auth/permissions';
import { listDeskClaims } from '@/lib/claims/list-claims';
import { listActivity } from '@/lib/desk/list-activity';
import { listPublicVerdicts } from '@/lib/desk/list-public-verdicts';
import { searchDesk } from '@/lib/desk/search-desk';
import { createTestDatabase, TEST_ENGINE } from '@/lib/testing/test-db';
import { connectDatabase, type Db } from '../client';
import { users } from '../schema';
import { backfillSearchIndex } from '../search/backfill';
import { seedBench } from '../seed/bench-seed';
import { listArticlePage } from './article-page';
import { getArticleBySlug } from './articles';
import { getReviewProgress } from './overview';
import { getPublicArticle, listPublicArticles } from './public-verdicts';
import { getDeskClaims } from './review-desk';

/*
 * PostgreSQL's side of hot-queries.test.ts: every statement a hot read sends is planned with
 * EXPLAIN, and a sequential scan of an archive-sized table fails the test.
 *
 * The test database holds a few hundred rows, where a sequential scan IS the cheapest plan,
 * so the planner would pick it whatever indexes exist. Each statement is therefore planned
 * with `SET enable_seqscan = off`: the planner then takes any usable index, and a Seq Scan
 * left in the plan means no index can answer that statement at all (the case that breaks at
 * a million rows). Seeding realistic row counts instead would cost minutes per run, and
 * would test the planner's statistics as much as the indexes. Sorts are left to SQLite's
 * guard: PostgreSQL sorting the few rows of one page after an index lookup is fine, and
 * telling that apart from sorting a table needs real row counts.
 */
const BIG_TABLES = ['claims', 'evidence', 'review_events', 'verdict_publications'];

interface PgPool {
  query: (...args: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;
}
interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
}

/**
 * Steps that read a whole big table: a Seq Scan, or an index walked end to end (no Index
 * Cond, directly or under a bitmap scan) with no Limit above it to stop the walk (a keyset
 * first page walks its index under a Limit, which is fine).
 */
/** Whether any index a bitmap scan reads is searched with a condition (not read whole). */
function bitmapConditions(node: PlanNode): boolean {
  return (node.Plans ?? []).some((child) => !!child['Index Cond'] || bitmapConditions(child));
}

function wholeTableReads(node: PlanNode, limited = false): string[] {
  const table = node['Relation Name'] ?? '';
  const big = BIG_TABLES.includes(table);
  const own =
    big && node['Node Type'] === 'Seq Scan'
      ? [`Seq Scan on ${table}`]
      : big && /^Index (Only )?Scan$/.test(node['Node Type']) && !node['Index Cond'] && !limited
        ? [`${node['Node Type']} of all of ${table}`]
        : big && node['Node Type'] === 'Bitmap Heap Scan' && !limited && !bitmapConditions(node)
          ? [`Bitmap Heap Scan of all of ${table}`]
          : [];
  const under = limited || node['Node Type'] === 'Limit';
  return [...own, ...(node.Plans ?? []).flatMap((child) => wholeTableReads(child, under))];
}

describe.runIf(TEST_ENGINE === 'pg')('hot queries use indexes on PostgreSQL (EXPLAIN, enable_seqscan off)', () => {
  let db: Db;
  let pool: PgPool;
  let actor: Actor;
  let cursor: string;

  beforeAll(async () => {
    // The PostgreSQL test database is a copy of the migrated template.
    db = connectDatabase(await createTestDatabase());
    await seedBench(db, { articles: 12, claims: 300, events: 1500 });
    await backfillSearchIndex(db);
    pool = (db as unknown as { $client: PgPool }).$client;
    const [editor] = await db.select().from(users).where(eq(users.email, 'editor@isnad.test'));
    actor = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
    cursor = (await listArticlePage(db, { limit: 5 })).next!;
  }, 120_000);
  afterAll(() => db?.close());

  /** The SELECTs `fn` sends, with their parameters, caught at the pool. */
  async function statementsOf(fn: () => Promise<unknown>): Promise<Array<{ text: string; values: unknown[] }>> {
    const seen: Array<{ text: string; values: unknown[] }> = [];
    const original = pool.query;
    pool.query = function (this: PgPool, ...args: unknown[]) {
      const [q, v] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
      const text = typeof q === 'string' ? q : q.text;
      const values = (typeof q === 'string' ? v : (q.values ?? v)) ?? [];
      if (/^\s*(select|with)/i.test(text)) seen.push({ text, values });
      return original.apply(this, args);
    };
    try {
      await fn();
    } finally {
      pool.query = original;
    }
    return seen;
  }

  async function badSteps(statement: { text: string; values: unknown[] }): Promise<string[]> {
    const c = await (pool as unknown as { connect(): Promise<PgPool & { release(): void }> }).connect();
    try {
      await c.query('SET enable_seqscan = off');
      const { rows } = await c.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
      const [plan] = rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode }>;
      return wholeTableReads(plan.Plan);
    } finally {
      await c.query('RESET enable_seqscan');
      c.release();
    }
  }

  const cases: Array<[string, () => Promise<unknown>]> = [
    ['article list, first page', () => listArticlePage(db)],
    ['article list, next page', () => listArticlePage(db, { after: cursor })],
    ['article list, previous page', () => listArticlePage(db, { before: cursor })],
    ['public article list (/ and GET /api/v1/articles)', () => listPublicArticles(db)],
    ['review progress (/review, /overview)', () => getReviewProgress(db)],
    ['article by slug', () => getArticleBySlug(db, 'bench-3')],
    ['public article page', () => getPublicArticle(db, 'bench-3')],
    ['review desk of one article', async () => getDeskClaims(db, (await getArticleBySlug(db, 'bench-3'))!.id)],
    ['public verdicts (/verdicts)', () => listPublicVerdicts(db, new URLSearchParams())],
    ['desk claims (/claims, GET /api/v1/claims)', () => listDeskClaims(db, actor, new URLSearchParams())],
    ['desk claims by status', () => listDeskClaims(db, actor, new URLSearchParams('status=verified'))],
    ['activity feed (/activity, GET /api/v1/activity)', () => listActivity(db, actor, new URLSearchParams())],
    ['desk search (/search, GET /api/v1/search)', () => searchDesk(db, actor, new URLSearchParams({ q: 'الأمم المتحدة' }))],
    ['desk search, claims, next page', () => searchDesk(db, actor, new URLSearchParams({ q: 'الصحة', in: 'claims', before: '200' }))],
  ];

  it.each(cases)('%s', async (_name, fn) => {
    const statements = await statementsOf(fn);
    expect(statements.length).toBeGreaterThan(0);
    const bad: string[] = [];
    for (const s of statements) for (const step of await badSteps(s)) bad.push(`${step}  <-  ${s.text.slice(0, 200)}`);
    expect(bad).toEqual([]);
  });

  /**
   * The indexes a statement's plan reads, by name, planned with only bitmap scans allowed.
   * On a few hundred rows the planner would rather walk the primary key backwards and filter
   * each row with @@ (at a million rows and a rare word it would not); with plain index scans
   * off too, it must find an index that answers the @@ itself, or show that none can (a
   * query in another text search configuration than the index's, say).
   */
  async function indexesRead(statement: { text: string; values: unknown[] }): Promise<string[]> {
    const c = await (pool as unknown as { connect(): Promise<PgPool & { release(): void }> }).connect();
    try {
      await c.query('SET enable_seqscan = off');
      await c.query('SET enable_indexscan = off');
      const { rows } = await c.query(`EXPLAIN (FORMAT JSON) ${statement.text}`, statement.values);
      const walk = (n: PlanNode & { 'Index Name'?: string }): string[] => [...(n['Index Name'] ? [n['Index Name']] : []), ...(n.Plans ?? []).flatMap(walk)];
      return walk((rows[0]['QUERY PLAN'] as Array<{ Plan: PlanNode }>)[0].Plan);
    } finally {
      await c.query('RESET enable_indexscan');
      await c.query('RESET enable_seqscan');
      c.release();
    }
  }

  it('the desk search reads its matches from the full-text (GIN) indexes', async () => {
    const statements = (await statementsOf(() => searchDesk(db, actor, new URLSearchParams({ q: 'الأمم المتحدة' })))).filter((s) => /@@/.test(s.text));
    expect(statements.length).toBe(2);
    const read = (await Promise.all(statements.map(indexesRead))).flat();
    expect(read).toEqual(expect.arrayContaining(['claim_search_idx', 'article_search_idx']));
    const found = await searchDesk(db, actor, new URLSearchParams({ q: 'الأمم المتحدة' }));
    expect(found.claims.length).toBeGreaterThan(0);
  });

  it('fails on a statement no index can answer (the guard itself)', async () => {
    expect(await badSteps({ text: 'select * from review_events where note = $1', values: ['x'] })).toEqual(['Seq Scan on review_events']);
    expect(await badSteps({ text: 'select count(*) from claims c where exists (select 1 from verdict_publications p where p.claim_id = c.id)', values: [] })).not.toEqual([]);
    expect(await badSteps({ text: 'select * from claims where article_id = $1', values: [1] })).toEqual([]);
    expect(await badSteps({ text: 'select * from review_events order by id desc limit 51', values: [] })).toEqual([]);
  });
});
