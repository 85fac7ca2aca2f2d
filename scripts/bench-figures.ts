/**
 * Figure tracking benchmark. Prints figures; not a pass/fail test (the unit test holds the
 * accuracy targets).
 *
 * 1. Suggestion quality: replays lib/figures/fixtures (reports written for Isnad) in date
 *    order through extractClaims; the first claim of each gold figure creates it, every later
 *    one is matched against the figures and claims that exist then. Targets: top-1 >= 0.80,
 *    top-3 >= 0.95.
 * 2. Speed: a new article's suggestions against an archive of 200,000 claims, through a
 *    bounded candidate fetch by retrieval key and date (served here by an in-memory index
 *    standing in for the database index). Target: under 200 ms for the article.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { extractClaims } from '../lib/extract';
import { HELDOUT_REPORTS } from '../lib/figures/fixtures/heldout';
import { REPORTS } from '../lib/figures/fixtures/reports';
import { THIRD_REPORTS } from '../lib/figures/fixtures/third-story';
import { replay, type ReplayResult } from '../lib/figures/fixtures/replay';
import { checkArticle, checkFigure } from '../lib/figures/consistency';
import { addDays } from '../lib/figures/days';
import { articleClaimFeatures } from '../lib/figures/features';
import { candidateQuery, figureRetrievalKey, retrievalKey, type CandidateQuery } from '../lib/figures/retrieval';
import { MIN_SCORE, suggestFigures } from '../lib/figures/suggest';
import { suggestForArticle as suggestAll } from '../lib/figures/suggest-article';
import type { ClaimFeatures, Figure, FigureCandidate } from '../lib/figures/types';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function printQuality(label: string, r: ReplayResult): void {
  const figured = r.outcomes.filter((o) => o.gold).length;
  console.log(`${label}`);
  console.log(`  claims replayed: ${r.outcomes.length} (${figured} belong to a figure, ${r.outcomes.length - figured} to none)`);
  console.log(`  gold claims not found by the extractor: ${r.missed.length}${r.missed.length ? ` (${[...new Set(r.missed.map((m) => m.article))].join(', ')})` : ''}`);
  console.log(`  matched against an existing figure: ${r.scored}`);
  console.log(`  top-1: ${pct(r.top1)}   top-3: ${pct(r.top3)}`);
  console.log(`  wrong suggestions shown per claim: ${r.wrongPerMatched.toFixed(2)} (claims of a figure), ${r.wrongPerUnfigured.toFixed(2)} (claims of no figure)`);
  const misses = r.outcomes.filter((o) => o.gold && !o.created && o.rank !== 1);
  for (const o of misses) {
    const top = o.suggestions.map((s) => `${s.figureId ?? `claim ${s.claimId}`} ${s.score}`).join(', ') || 'nothing';
    console.log(`    not first: ${o.article} "${o.quote}" (${o.gold}, rank ${o.rank ?? '-'}): ${top}`);
  }
}

console.log(`corpus: ${REPORTS.length} reports (${REPORTS.filter((r) => r.lang === 'ar').length} Arabic, ${REPORTS.filter((r) => r.lang === 'en').length} English)\n`);
printQuality('through extractClaims only:', replay());
console.log();
printQuality('with the hand-entered English claims the extractor cannot read yet:', replay({ annotated: true }));

const withHeldout = replay({ annotated: true, heldout: true });
const h = withHeldout.heldout!;
console.log(`\nsecond story (Morocco earthquake, ${HELDOUT_REPORTS.length} reports written after tuning; blind run was top-1 6/9, top-3 7/9, rules fixed since), replayed among the rest, English entered by hand:`);
console.log(`  matched against an existing figure: ${h.scored}   top-1: ${pct(h.top1)}   top-3: ${pct(h.top3)}`);
console.log(`  wrong suggestions shown per claim: ${h.wrongPerMatched.toFixed(2)} (claims of a figure), ${h.wrongPerUnfigured.toFixed(2)} (claims of no figure)`);
for (const o of withHeldout.outcomes.filter((x) => HELDOUT_REPORTS.some((r) => r.id === x.article) && x.gold && !x.created && x.rank !== 1)) {
  console.log(`    not first: ${o.article} "${o.quote}" (${o.gold}, rank ${o.rank ?? '-'}): ${o.suggestions.map((s) => `${s.figureId ?? `claim ${s.claimId}`} ${s.score}`).join(', ') || 'nothing'}`);
}
console.log(`  whole corpus with it: top-1 ${pct(withHeldout.top1)}, top-3 ${pct(withHeldout.top3)} over ${withHeldout.scored} claims`);

// The third story was written blind and scored once before any rule changed; those numbers
// are fixed here, the current ones are measured.
console.log(`\nthird story (Turkey-Syria earthquakes, ${THIRD_REPORTS.length} reports written blind), replayed among the rest:`);
console.log('  blind run, before any rule changed: top-1 75.0% (21/28), top-3 89.3% (25/28) through extractClaims; 67.7% (21/31) and 87.1% (27/31) with the English entered by hand');
for (const annotated of [false, true]) {
  const all = replay({ annotated, heldout: true, third: true });
  const t = all.third!;
  console.log(`  now, ${annotated ? 'English entered by hand' : 'through extractClaims only'}: matched ${t.scored}   top-1 ${pct(t.top1)}   top-3 ${pct(t.top3)}   wrong shown ${t.wrongPerMatched.toFixed(2)} / ${t.wrongPerUnfigured.toFixed(2)}   (all three stories: top-1 ${pct(all.top1)}, top-3 ${pct(all.top3)} over ${all.scored})`);
  if (!annotated) continue;
  for (const o of all.outcomes.filter((x) => THIRD_REPORTS.some((r) => r.id === x.article) && x.gold && !x.created && x.rank !== 1)) {
    console.log(`    not first: ${o.article} "${o.quote}" (${o.gold}, rank ${o.rank ?? '-'}): ${o.suggestions.map((s) => `${s.figureId ?? `claim ${s.claimId}`} ${s.score}`).join(', ') || 'nothing'}`);
  }
}

console.log('\nconsistency warnings on the corpus (each one to be read by a checker):');
for (const report of [...REPORTS, ...HELDOUT_REPORTS, ...THIRD_REPORTS]) {
  for (const w of checkArticle(report.text, extractClaims(report.text).map((c, i) => ({ ...c, id: `${report.id}#${i}` })))) console.log(`  ${report.id}: ${w.code}: ${w.message.en}`);
}
for (const f of withHeldout.figures) for (const w of checkFigure(f.claims)) console.log(`  ${f.figure.id}: ${w.code}: ${w.message.en}`);

console.log('\nthe display threshold (MIN_SCORE) against what it hides, with the English claims:');
for (const minScore of [3, 4, 5, 6, 7]) {
  const r = replay({ annotated: true, minScore });
  console.log(`  ${minScore}${minScore === MIN_SCORE ? ' (default)' : '          '}  top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  wrong shown ${r.wrongPerMatched.toFixed(2)} / ${r.wrongPerUnfigured.toFixed(2)}`);
}

// --- Speed at 200,000 claims -------------------------------------------------------------

const ARCHIVE_CLAIMS = 200_000;
const ARCHIVE_FIGURES = 5_000;
const ARCHIVE_DAYS = 730;
const START = '2022-01-01';

/** Features of every claim in the corpus, the material the synthetic archive is made of. */
const material: ClaimFeatures[] = REPORTS.flatMap((r) =>
  articleClaimFeatures(
    { id: r.id, date: r.date, text: r.text, lang: r.lang },
    extractClaims(r.text).map((c, i) => ({ ...c, id: `${r.id}#${i}` })),
  ),
);

let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** The database index on (retrieval_key, article_date), in memory: rows by key, sorted by date. */
class KeyDateIndex<T> {
  private readonly byKey = new Map<string, T[]>();
  constructor(rows: T[], key: (t: T) => string, private readonly date: (t: T) => string) {
    for (const r of rows) {
      const k = key(r);
      const list = this.byKey.get(k) ?? [];
      list.push(r);
      this.byKey.set(k, list);
    }
    for (const list of this.byKey.values()) list.sort((a, b) => date(a).localeCompare(date(b)));
  }
  /** Newest first, at most `limit`, dates in [from, to], keys in `keys` (all when null). */
  range(keys: string[] | null, from: string, to: string, limit: number): T[] {
    const out: T[] = [];
    for (const k of keys ?? [...this.byKey.keys()]) {
      const list = this.byKey.get(k);
      if (!list) continue;
      let i = upper(list, to, this.date) - 1;
      for (let n = 0; i >= 0 && n < limit && this.date(list[i]) >= from; i--, n++) out.push(list[i]);
    }
    return out.sort((a, b) => this.date(b).localeCompare(this.date(a))).slice(0, limit);
  }
}

function upper<T>(list: T[], day: string, date: (t: T) => string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (date(list[mid]) <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const figures: Figure[] = [];
for (let i = 0; i < ARCHIVE_FIGURES; i++) {
  const m = material[i % material.length];
  const from = addDays(START, Math.floor(rand() * ARCHIVE_DAYS));
  figures.push({ id: `F${i}`, titleAr: `رقم ${i}`, titleEn: `Figure ${i}`, category: m.category, counted: m.counted, countedKind: m.countedKind, place: null, from, to: addDays(from, 2) });
}
const archive: ClaimFeatures[] = [];
const linked = new Map<string, ClaimFeatures[]>();
for (let i = 0; i < ARCHIVE_CLAIMS; i++) {
  const m = material[i % material.length];
  const linkedTo = rand() < 0.4 ? figures[Math.floor(rand() * figures.length)] : null;
  const c: ClaimFeatures = {
    ...m,
    claimId: `C${i}`,
    articleId: `A${Math.floor(i / 12)}`,
    articleDate: linkedTo ? addDays(linkedTo.from!, Math.floor(rand() * 10)) : addDays(START, Math.floor(rand() * ARCHIVE_DAYS)),
    value: m.value === null ? null : Math.round(m.value * (0.5 + rand())),
    figureId: linkedTo?.id ?? null,
  };
  archive.push(c);
  if (linkedTo) linked.set(linkedTo.id, [...(linked.get(linkedTo.id) ?? []), c]);
}
const claimIndex = new KeyDateIndex(archive.filter((c) => !c.figureId), (c) => retrievalKey(c.category, c.countedKind), (c) => c.articleDate);
const figureIndex = new KeyDateIndex(figures, figureRetrievalKey, (f) => f.to ?? f.from ?? START);

function fetchCandidates(q: CandidateQuery) {
  const figs = figureIndex.range(q.keys, q.figuresEndingFrom, '9999-12-31', q.figureLimit);
  // Fresh objects, as rows from a database would be: no profile cached from an earlier run.
  const figureCandidates: FigureCandidate[] = figs.map((f) => ({ figure: { ...f }, claims: (linked.get(f.id) ?? []).slice(-q.claimsPerFigure).map((c) => ({ ...c })) }));
  const claims = claimIndex.range(q.keys, q.claimsFrom, q.claimsTo, q.claimLimit).map((c) => ({ ...c }));
  return { figures: figureCandidates, claims };
}

/** The seed article (a long report, 17 claims), dated inside the archive, as the article just imported. */
const incoming = { text: readFileSync(fileURLToPath(new URL('../db/seed/karabakh-talks.ar.txt', import.meta.url)), 'utf8'), lang: 'ar' as const };
const incomingDate = addDays(START, ARCHIVE_DAYS - 30);

interface Timing {
  claims: number;
  candidates: number;
  /** Wall-clock and CPU milliseconds of this process, per stage. */
  wall: { extract: number; features: number; fetch: number; score: number };
  cpu: { extract: number; features: number; fetch: number; score: number };
}

/** CPU time of this process: on a shared, loaded machine wall-clock time measures the neighbours. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function suggestForArticle(): Timing {
  const wall = { extract: 0, features: 0, fetch: 0, score: 0 };
  const cpu = { extract: 0, features: 0, fetch: 0, score: 0 };
  let w = performance.now();
  let c = cpuMs();
  const lap = (stage: keyof typeof wall) => {
    const w2 = performance.now();
    const c2 = cpuMs();
    wall[stage] += w2 - w;
    cpu[stage] += c2 - c;
    [w, c] = [w2, c2];
  };
  const extracted = extractClaims(incoming.text).map((x, i) => ({ ...x, id: `new#${i}` }));
  lap('extract');
  const feats = articleClaimFeatures({ id: 'new', date: incomingDate, text: incoming.text, lang: incoming.lang }, extracted);
  lap('features');
  let candidates = 0;
  for (const f of feats) {
    const cands = fetchCandidates(candidateQuery(f));
    candidates += cands.figures.reduce((n, x) => n + 1 + x.claims.length, 0) + cands.claims.length;
    lap('fetch');
    suggestFigures(f, cands);
    lap('score');
  }
  return { claims: feats.length, candidates, wall, cpu };
}

/** The same article through suggestForArticle: one fetch per distinct query, rows shared by its claims. */
async function sharedForArticle(): Promise<{ cpu: number; wall: number; fetches: number }> {
  const w = performance.now();
  const c = cpuMs();
  const extracted = extractClaims(incoming.text).map((x, i) => ({ ...x, id: `new#${i}` }));
  const feats = articleClaimFeatures({ id: 'new', date: incomingDate, text: incoming.text, lang: incoming.lang }, extracted);
  let fetches = 0;
  await suggestAll(feats, (q) => {
    fetches++;
    return fetchCandidates(q);
  });
  return { cpu: cpuMs() - c, wall: performance.now() - w, fetches };
}

for (let i = 0; i < 5; i++) suggestForArticle();
const runs = Array.from({ length: 30 }, suggestForArticle);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const stat = (pick: (t: Timing) => number) => median(runs.map(pick)).toFixed(1);
const { claims, candidates } = runs[0];
console.log(`\nspeed: archive of ${ARCHIVE_CLAIMS.toLocaleString('en-US')} claims and ${ARCHIVE_FIGURES.toLocaleString('en-US')} figures (in-memory key/date index standing in for the DB)`);
console.log(`  new article: the seed report, ${claims} claims, ${candidates.toLocaleString('en-US')} candidate rows fetched in all when each claim fetches its own`);
console.log(`  each claim fetching and scoring cold, median of ${runs.length} runs, ms    wall    cpu`);
for (const stage of ['extract', 'features', 'fetch', 'score'] as const) {
  console.log(`    ${stage.padEnd(50)} ${stat((t) => t.wall[stage]).padStart(7)} ${stat((t) => t.cpu[stage]).padStart(6)}`);
}
const total = (t: Timing, k: 'wall' | 'cpu') => t[k].extract + t[k].features + t[k].fetch + t[k].score;
console.log(`    all of it                                          ${stat((t) => total(t, 'wall')).padStart(7)} ${stat((t) => total(t, 'cpu')).padStart(6)}`);
// The shared path is async (it takes the fetch as a callback, as the use case will).
void (async () => {
  for (let i = 0; i < 5; i++) await sharedForArticle();
  const shared: { cpu: number; wall: number; fetches: number }[] = [];
  for (let i = 0; i < 30; i++) shared.push(await sharedForArticle());
  console.log(`  through suggestForArticle (${shared[0].fetches} distinct queries), extraction to suggestions: ${median(shared.map((x) => x.wall)).toFixed(1)} ms wall, ${median(shared.map((x) => x.cpu)).toFixed(1)} ms cpu; target < 200 ms`);
  console.log(`  machine load average: ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores (wall time on a loaded machine measures the neighbours too)`);
})();
