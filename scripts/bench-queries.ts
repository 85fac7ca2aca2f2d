import { parseArgs } from 'node:util';
import { openDatabase, type Db } from '@/db/client';
import { sqliteReader, type PlannedClient } from '@/db/sqlite/explain';
import { listArticlePage } from '@/db/queries/article-page';
import { listPeople } from '@/db/queries/activity';
import { listAssignableUsers } from '@/db/queries/assignable-users';
import { getReviewProgress } from '@/db/queries/overview';
import { listPublicArticles, getPublicArticle } from '@/db/queries/public-verdicts';
import { getArticleBySlug } from '@/db/queries/articles';
import { getDeskClaims } from '@/db/queries/review-desk';
import { users } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';
import { listDeskClaims } from '@/lib/claims/list-claims';
import { listActivity } from '@/lib/desk/list-activity';
import { listPublicVerdicts } from '@/lib/desk/list-public-verdicts';
import { listFigures } from '@/lib/figures-desk/list-figures';

/*
 * npm run bench:queries -- --database PATH [--runs 20] [--plans]
 * The database reads behind every list page and list API, timed on their own (median and max
 * of --runs calls, no HTTP, no rendering), so a page's time splits into its queries and the
 * rest. --plans prints SQLite's EXPLAIN QUERY PLAN of each statement a read sends.
 */
const { values } = parseArgs({ options: { database: { type: 'string', default: './data/bench.db' }, runs: { type: 'string', default: '20' }, plans: { type: 'boolean', default: false } } });

type Client = PlannedClient;

async function main() {
  const db: Db = await openDatabase(values.database);
  const [editor] = await db.select().from(users).where((await import('drizzle-orm')).eq(users.email, 'editor@isnad.test'));
  const actor: Actor = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
  const p = (s = '') => new URLSearchParams(s);
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['/ listPublicArticles', () => listPublicArticles(db, {})],
    ['/review,/overview getReviewProgress', () => getReviewProgress(db, {})],
    ['/review article list page 2', async () => listArticlePage(db, { after: (await listArticlePage(db, {})).next! })],
    ['/claims listDeskClaims', () => listDeskClaims(db, actor, p())],
    ['/claims listAssignableUsers', () => listAssignableUsers(db)],
    ['/claims?status=verified', () => listDeskClaims(db, actor, p('status=verified'))],
    ['/verdicts listPublicVerdicts', () => listPublicVerdicts(db, p())],
    ['/activity listActivity', () => listActivity(db, actor, p())],
    ['/activity listPeople', () => listPeople(db)],
    ['/figures listFigures(public)', () => listFigures(db, {}, true)],
    ['/api/v1/figures listFigures(desk)', () => listFigures(db, {})],
    ['/articles/bench-1 getPublicArticle', () => getPublicArticle(db, 'bench-1')],
    ['/review/bench-1 getDeskClaims', async () => getDeskClaims(db, (await getArticleBySlug(db, 'bench-1'))!.id)],
  ];
  const reader = sqliteReader(db);
  for (const [name, fn] of cases) {
    const times: number[] = [];
    const seen = new Set<string>();
    const original = reader?.prepare;
    if (reader && values.plans) reader.prepare = function (this: Client, s: string) { seen.add(s); return original!.call(this, s); };
    for (let i = 0; i < Number(values.runs); i++) {
      const t = performance.now();
      await fn();
      times.push(performance.now() - t);
    }
    if (reader && original) reader.prepare = original;
    times.sort((a, b) => a - b);
    console.log(`${name.padEnd(40)} median ${times[times.length >> 1].toFixed(1).padStart(7)} ms   max ${times[times.length - 1].toFixed(1).padStart(7)} ms`);
    for (const s of seen) {
      if (!/^\s*(select|with)/i.test(s) || !reader) continue;
      const plan = reader.prepare(`EXPLAIN QUERY PLAN ${s}`).all(...(s.match(/\?/g) ?? []).map(() => null));
      console.log(`    ${s.slice(0, 300)}\n      ${plan.map((r) => r.detail).join('\n      ')}`);
    }
  }
  await db.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
