/**
 * Suggestions for a new article at 200,000 claims, through the real SQL: a temporary SQLite
 * database (or PostgreSQL with DATABASE_URL=postgres://…) migrated as the app's, seeded by bulk
 * insert with claims whose features and retrieval keys come from the figures corpus (dates over
 * two years, 40% linked to one of 5,000 figures), then the seed report's claims ranked by
 * suggestForArticle with db/queries/figure-candidates.ts fetching candidates. Prints figures.
 *
 *   npx tsx scripts/bench-figure-suggestions.ts [claims]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { executeRaw, openDatabase } from '../db/client';
import { fetchCandidates } from '../db/queries/figure-candidates';
import { articles, claims, figures } from '../db/schema';
import { extractClaims } from '../lib/extract';
import { addDays } from '../lib/figures/days';
import { articleClaimFeatures, candidateQuery, FEATURES_VERSION, figureRetrievalKey, retrievalKey, suggestForArticle, type Figure } from '../lib/figures';
import { REPORTS } from '../lib/figures/fixtures/reports';
import { storedFeatures } from '../lib/figures-desk/claim-features';

const N = Number(process.argv[2] ?? 200_000);
const FIGURES = 5_000;
const DAYS = 730;
const START = '2022-01-01';
const PER_ARTICLE = 12;

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const material = REPORTS.flatMap((r) =>
  articleClaimFeatures(
    { id: r.id, date: r.date, text: r.text, lang: r.lang },
    extractClaims(r.text).map((c, i) => ({ ...c, id: `${r.id}#${i}`, counted: c.countedLabel || c.counted })),
  ),
);

async function main() {
const target = process.env.DATABASE_URL?.startsWith('postgres') ? process.env.DATABASE_URL : null;
const dir = target ? null : mkdtempSync(join(tmpdir(), 'isnad-bench-'));
const file = process.env.BENCH_DB ?? (dir ? join(dir, 'bench.db') : '');
const reuse = !target && process.env.BENCH_DB && (await import('node:fs')).existsSync(file);
const db = await openDatabase(target ?? file);
const t0 = performance.now();

const figureRows: Figure[] = [];
for (let i = 0; i < FIGURES; i++) {
  const m = material[i % material.length];
  const from = addDays(START, Math.floor(rand() * DAYS));
  figureRows.push({ id: String(i + 1), titleEn: `Figure ${i}`, category: m.category, counted: m.counted, countedKind: m.countedKind, from, to: addDays(from, 2) });
}
const body = 'x';
if (!reuse) await db.transaction(async (tx) => {
  for (let i = 0; i < FIGURES; i += 500) {
    await tx.insert(figures).values(
      figureRows.slice(i, i + 500).map((f) => ({
        id: Number(f.id), slug: `figure-${f.id}`, titleEn: f.titleEn, category: f.category, counted: f.counted, countedKind: f.countedKind,
        periodFrom: f.from, periodTo: f.to, retrievalKey: figureRetrievalKey(f),
      })),
    );
  }
  const articleCount = Math.ceil(N / PER_ARTICLE);
  for (let i = 0; i < articleCount; i += 1000) {
    await tx.insert(articles).values(
      Array.from({ length: Math.min(1000, articleCount - i) }, (_, k) => ({ id: i + k + 1, slug: `a-${i + k + 1}`, title: `A ${i + k + 1}`, body, bodyHash: `h${i + k + 1}` })),
    );
  }
  const BATCH = 500;
  for (let i = 0; i < N; i += BATCH) {
    const rows = [];
    for (let k = i; k < Math.min(N, i + BATCH); k++) {
      const m = material[k % material.length];
      const fig = rand() < 0.4 ? figureRows[Math.floor(rand() * FIGURES)] : null;
      const articleDate = fig ? addDays(fig.from!, Math.floor(rand() * 10)) : addDays(START, Math.floor(rand() * DAYS));
      const value = m.value === null ? null : Math.round(m.value * (0.5 + rand()));
      const articleId = Math.floor(k / PER_ARTICLE) + 1;
      rows.push({
        id: k + 1, articleId, quote: m.quote, start: 0, end: 1, value, qualifier: m.qualifier, counted: m.counted, category: m.category,
        claimant: m.claimant, origin: 'extractor' as const, figureId: fig ? Number(fig.id) : null, articleDate,
        retrievalKey: retrievalKey(m.category, m.countedKind),
        features: { ...m, claimId: String(k + 1), articleId: String(articleId), articleDate, value, figureId: fig?.id ?? null, version: FEATURES_VERSION, written: m.counted },
      });
    }
    await tx.insert(claims).values(rows);
  }
});
if (db.engine === 'pg') {
  await executeRaw(db, sql`select setval(pg_get_serial_sequence('claims', 'id'), (select max(id) from claims))`);
  await executeRaw(db, sql`analyze`);
} else await db.transaction(async (tx) => executeRaw(tx, sql`analyze`));
console.log(`${db.engine}: seeded ${N.toLocaleString('en-US')} claims, ${FIGURES.toLocaleString('en-US')} figures in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

// The new article: the seed report, dated near the end of the archive, its features as import stores them.
const text = readFileSync('db/seed/karabakh-talks.ar.txt', 'utf8');
const date = addDays(START, DAYS - 30);
const extracted = extractClaims(text).map((c, i) => ({ ...c, id: N + 1 + i }));
const feats = [...storedFeatures({ id: 999_999, date, text, lang: 'ar' }, extracted).values()].map((f) => f.features);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

async function once() {
  const w = performance.now();
  const c0 = cpuMs();
  let fetches = 0;
  let rows = 0;
  // suggestForArticle starts the fetches together: their time is the span from the first
  // start to the last end, not their sum.
  let firstStart = Infinity;
  let lastEnd = 0;
  const found = await suggestForArticle(feats, async (q) => {
    fetches++;
    firstStart = Math.min(firstStart, performance.now());
    const c = await fetchCandidates(db, q);
    lastEnd = Math.max(lastEnd, performance.now());
    rows += c.claims.length + c.figures.reduce((n, f) => n + 1 + f.claims.length, 0);
    return c;
  });
  return { ms: performance.now() - w, cpu: cpuMs() - c0, fetchMs: lastEnd - firstStart, fetches, rows, shown: [...found.values()].reduce((n, l) => n + l.length, 0) };
}
const cold = await once();
const runs = [];
for (let i = 0; i < 20; i++) runs.push(await once());
const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
console.log(`new article: ${feats.length} claims, ${cold.fetches} distinct candidate queries, ${cold.rows.toLocaleString('en-US')} candidate rows, ${cold.shown} suggestions shown`);
console.log(`suggestForArticle through SQL, ms: first ${cold.ms.toFixed(1)}, median ${ms[ms.length >> 1].toFixed(1)}, p90 ${ms[Math.floor(ms.length * 0.9)].toFixed(1)}, max ${ms[ms.length - 1].toFixed(1)} (target < 200)`);
const q = candidateQuery(feats.find((f) => f.category === 'casualties') ?? feats[0]);
console.log(`  CPU of this process (the machine is shared; wall time includes waiting for the neighbours), median ms: ${runs.map((r) => r.cpu).sort((a, b) => a - b)[runs.length >> 1].toFixed(1)}${db.engine === 'pg' ? ' (client side only)' : ''}`);
console.log(`  of which fetching (SQL + row mapping, first start to last end), median ms: ${runs.map((r) => r.fetchMs).sort((a, b) => a - b)[runs.length >> 1].toFixed(1)}`);
console.log(`one candidate query (${JSON.stringify(q.keys)}, ${q.claimsFrom}..${q.claimsTo})`);
await db.close();
if (dir && !process.env.BENCH_DB) rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
