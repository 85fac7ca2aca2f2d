/**
 * Ranks the figures (and the earlier unlinked claims) a claim most likely refers to. Each
 * piece of evidence adds to the score and, when it speaks for the match, becomes a reason a
 * checker can read; evidence against (another place, a report before the event, another
 * kind of count) only lowers the score.
 */
import { claimantSimilarity } from './claimant';
import { eventOf, groupOf, relatedEvents } from './counted-key';
import { dayNumber, daysBetween, withinPeriod } from './days';
import { reason } from './messages';
import { memoize } from './memo';
import { isCountry, placeIds } from './places';
import { stem } from './text';
import type { ClaimFeatures, Figure, FigureCandidate, Reason, Suggestion } from './types';
import { contentWords } from './words';

export interface Candidates {
  figures: FigureCandidate[];
  /** Earlier claims; those linked to a figure are represented by it and skipped here. */
  claims: ClaimFeatures[];
}

export interface SuggestOptions {
  /** Suggestions the checker rejected for this claim. */
  rejected?: { figureIds?: Iterable<string>; claimIds?: Iterable<string> };
  /** At most this many suggestions (default 5). */
  limit?: number;
  /** Below this score nothing is shown (default MIN_SCORE). */
  minScore?: number;
}

/** Tuned on the benchmark corpus: roughly "same kind of count plus one more agreeing fact". */
export const MIN_SCORE = 4;

/** What scoring needs from a figure or a lone earlier claim, computed once per candidate. */
interface Profile {
  kinds: string[];
  category: string;
  places: Set<string>;
  titlePlaces: Set<string>;
  words: Set<string>;
  values: Set<number>;
  lo: number;
  hi: number;
  /** Day numbers (daysBetween from the epoch) of its claims. */
  days: number[];
  claimants: string[];
  claimIds: Set<string>;
  /** The candidate's places the gazetteer does not know, with the stems of their words. */
  names: Map<string, string[]>;
  /** Years the candidate's events are in: its period, else its claims' dates and stated years. */
  years: Set<number>;
  from?: string | null;
  to?: string | null;
}

const profiles = new WeakMap<object, Profile>();
// Candidates arrive as fresh rows with every request; their titles do not change.
const titlePlaceIds = memoize(placeIds, 5_000);
const titleWords = memoize(contentWords, 5_000);
const nameStems = memoize((name: string) => name.split(' ').map(stem), 5_000);

function figureProfile(c: FigureCandidate): Profile {
  const hit = profiles.get(c);
  if (hit) return hit;
  const f = c.figure;
  const title = [f.titleAr, f.titleEn, f.place].filter(Boolean).join(' . ');
  const titlePlaces = new Set(titlePlaceIds(title));
  const p = baseProfile(c.claims, [f.countedKind], f.category, titlePlaces, titleWords(`${f.titleAr ?? ''} ${f.titleEn ?? ''}`), f);
  profiles.set(c, p);
  return p;
}

function claimProfile(c: ClaimFeatures): Profile {
  const hit = profiles.get(c);
  if (hit) return hit;
  const p = baseProfile([c], [], c.category, new Set(), [], null);
  profiles.set(c, p);
  return p;
}

function baseProfile(claims: ClaimFeatures[], kinds: string[], category: string, titlePlaces: Set<string>, titleWords: string[], f: Figure | null): Profile {
  const places = new Set(titlePlaces);
  const words = new Set(titleWords);
  const allKinds = new Set(kinds);
  const values = new Set<number>();
  let lo = Infinity;
  let hi = -Infinity;
  const days: number[] = [];
  const claimants = new Set<string>();
  const claimIds = new Set<string>();
  const years = new Set<number>();
  if (f?.from) for (let y = Number(f.from.slice(0, 4)); y <= Number((f.to ?? f.from).slice(0, 4)); y++) years.add(y);
  for (const c of claims) {
    claimIds.add(c.claimId);
    if (!f?.from) {
      if (c.years.length) for (const y of c.years) years.add(y);
      else years.add(Number(c.articleDate.slice(0, 4)));
    }
    for (const p of c.sentencePlaces) places.add(p);
    for (const w of c.words) words.add(w);
    if (c.countedKind) allKinds.add(c.countedKind);
    if (c.value !== null) {
      values.add(c.value);
      lo = Math.min(lo, c.value);
      hi = Math.max(hi, c.value);
    }
    days.push(dayNumber(c.articleDate));
    if (c.claimantKey) claimants.add(c.claimantKey);
  }
  const names = new Map<string, string[]>();
  for (const id of places) if (id.startsWith('name:')) names.set(id, nameStems(id.slice(5)));
  return { kinds: [...allKinds], category, places, titlePlaces, words, values, lo, hi, days, claimants: [...claimants], claimIds, names, years, from: f?.from, to: f?.to };
}

/** How well the counted kinds agree: the best over the candidate's own kinds. */
function kindScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  const k = claim.countedKind;
  const e = eventOf(k);
  let best = claim.category === p.category ? 0.5 : -1;
  let why: 'same-category' | 'same-event' | 'related-counted' | null = claim.category === p.category ? 'same-category' : null;
  for (const pk of p.kinds) {
    if (k && pk === k) {
      out?.push(reason('same-counted', claim.counted));
      return 3;
    }
    const pe = eventOf(pk);
    const [g, pg] = [groupOf(k), groupOf(pk)];
    if (e && pe === e) {
      // "civilians killed" against "killed": the same event, but more likely a part of the
      // whole (a figure of its own) than the whole; two different groups are two figures.
      const s = g === pg ? 1.5 : g && pg ? 0 : 1;
      if (s > best) [best, why] = [s, 'same-event'];
    } else if (e && pe && g && g === pg && relatedEvents(k)?.includes(pe)) {
      // "lost 192 soldiers" read as missing, against "soldiers killed".
      if (1 > best) [best, why] = [1, 'related-counted'];
    } else if (e && pe && pe !== e) {
      if (best <= 0.5 && claim.category === p.category) best = Math.min(best, -1);
      else best = Math.min(best, -2);
    } else if (!e && groupOf(k) && groupOf(k) === groupOf(pk) && best < 1) {
      best = 1;
      why = 'same-event';
    }
  }
  if (best > 0 && why) out?.push(why === 'same-category' ? reason('same-category', claim.category) : reason(why, claim.counted));
  return best;
}

/**
 * A name the gazetteer does not know but the candidate does ("إقليم الحوز" in a figure's
 * place) is recognised in the claim's sentence without its "إقليم": its words are there.
 */
function namedInSentence(claim: ClaimFeatures, p: Profile): string[] {
  const out: string[] = [];
  for (const [id, stems] of p.names) if (stems.every((s) => claim.words.includes(s))) out.push(id);
  return out;
}

function placeScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  if (p.places.size === 0) return 0;
  const inSentence = claim.sentencePlaces.filter((x) => p.places.has(x));
  for (const id of namedInSentence(claim, p)) if (!inSentence.includes(id)) inSentence.push(id);
  const specific = inSentence.filter((x) => !isCountry(x));
  if (specific.length) {
    out?.push(reason('same-place-sentence', specific));
    return 2;
  }
  const inArticle = claim.articlePlaces.filter((x) => p.places.has(x) && !isCountry(x));
  if (inSentence.length) {
    out?.push(reason('same-place-sentence', inSentence));
    return inArticle.length ? 1.5 : 1;
  }
  // The claim's own sentence places it elsewhere: the article's other places do not count
  // (a round-up speaks of Derna in one paragraph and Karabakh in the next). Only places the
  // gazetteer knows say "elsewhere": an unknown name may be a region of the candidate's
  // place, or the same place spelt in the other language.
  if (claim.sentencePlaces.some((x) => !isCountry(x) && !x.startsWith('name:'))) return -2;
  if (inArticle.length) {
    out?.push(reason('same-place-article', inArticle));
    return 0.75;
  }
  return claim.articlePlaces.some((x) => !x.startsWith('name:')) ? -1 : 0;
}

/** The sentence sets the claim in years the candidate is not about ("in the 2020 war"). */
function yearScore(claim: ClaimFeatures, p: Profile): number {
  if (!claim.years.length || !p.years.size) return 0;
  for (const y of claim.years) if (p.years.has(y)) return 0;
  return -3;
}

function dateScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  const d = claim.articleDate;
  let score = 0;
  // A report cannot speak of an event that had not begun.
  if (p.from && daysBetween(p.from, d) < -1) return -3;
  if ((p.from || p.to) && withinPeriod(d, p.from, p.to)) {
    out?.push(reason('within-period'));
    score += 1;
  }
  let gap = Infinity;
  const day = dayNumber(d);
  for (const x of p.days) gap = Math.min(gap, Math.abs(x - day));
  if (gap <= 3) {
    out?.push(reason('close-date', gap));
    score += 1;
  } else if (gap <= 10) score += 0.5;
  else if (gap > 45 && gap !== Infinity) score -= 1;
  return score;
}

function claimantScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  let best = 0;
  if (claim.claimantKey) for (const c of p.claimants) if ((best = Math.max(best, claimantSimilarity(claim.claimantKey, c))) >= 0.75) break;
  if (best >= 0.75 && claim.claimant) {
    out?.push(reason('same-claimant', claim.claimant));
    return 1;
  }
  return 0;
}

function valueScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  const v = claim.value;
  if (v === null || p.values.size === 0) return 0;
  if (p.values.has(v)) {
    out?.push(reason('same-value', v));
    return 1.5;
  }
  const { lo, hi } = p;
  if (v >= lo / 3 && v <= hi * 3) {
    out?.push(reason('near-value', v, lo, hi));
    return 0.5;
  }
  return v > hi * 10 || v < lo / 10 ? -1 : 0;
}

/** Shared content words, each weighted by how rare it is among the candidates (idf). */
function wordScore(claim: ClaimFeatures, p: Profile, idf: (w: string) => number, out: Reason[] | null): number {
  let total = 0;
  let shared = 0;
  const names: string[] = [];
  for (const w of claim.words) {
    const weight = idf(w);
    total += weight;
    if (p.words.has(w)) {
      shared += weight;
      if (weight > 0.5 && names.length < 4) names.push(w.replace(/^@/, ''));
    }
  }
  if (total === 0) return 0;
  const score = Math.min(3, (4 * shared) / total);
  if (score >= 0.75 && names.length) out?.push(reason('shared-words', names));
  return score;
}

/** The score; with `reasons`, also why (built only for what will be shown). */
function scoreProfile(claim: ClaimFeatures, p: Profile, idf: (w: string) => number, reasons: Reason[] | null): number {
  let score = kindScore(claim, p, reasons);
  score += placeScore(claim, p, reasons);
  score += yearScore(claim, p);
  score += dateScore(claim, p, reasons);
  score += claimantScore(claim, p, reasons);
  score += valueScore(claim, p, reasons);
  score += wordScore(claim, p, idf, reasons);
  return Math.round(score * 100) / 100;
}

/** Candidate figures and earlier claims for `claim`, best first, rejected ones left out. */
export function suggestFigures(claim: ClaimFeatures, candidates: Candidates, options: SuggestOptions = {}): Suggestion[] {
  const rejectedFigures = new Set(options.rejected?.figureIds ?? []);
  const rejectedClaims = new Set(options.rejected?.claimIds ?? []);
  const figures = candidates.figures.filter((c) => !rejectedFigures.has(c.figure.id));
  const claims = candidates.claims.filter(
    (c) => !c.figureId && c.claimId !== claim.claimId && c.articleId !== claim.articleId && !rejectedClaims.has(c.claimId),
  );
  const profiled: [Profile, string | null, string | null][] = [
    ...figures.map((f) => [figureProfile(f), f.figure.id, null] as [Profile, string, null]),
    ...claims.map((c) => [claimProfile(c), null, c.claimId] as [Profile, null, string]),
  ];
  const idf = inverseFrequency(claim, profiled.map(([p]) => p));
  const min = options.minScore ?? MIN_SCORE;
  const scored: { p: Profile; figureId: string | null; claimId: string | null; score: number }[] = [];
  for (const [p, figureId, claimId] of profiled) {
    // A breakdown of a total ("انتهاكان في شوشا") is not the figure its total is linked to.
    if (claim.partOf && p.claimIds.has(claim.partOf)) continue;
    // A lone claim is weaker evidence than a figure a checker has already built.
    const score = scoreProfile(claim, p, idf, null) - (figureId ? 0 : 0.5);
    if (score >= min) scored.push({ p, figureId, claimId, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.figureId ? -1 : 1));
  // Reasons are worded only for what is shown.
  return scored.slice(0, options.limit ?? 5).map(({ p, figureId, claimId, score }) => {
    const reasons: Reason[] = [];
    scoreProfile(claim, p, idf, reasons);
    return { figureId, claimId, score, reasons };
  });
}

function inverseFrequency(claim: ClaimFeatures, profiles: Profile[]): (w: string) => number {
  const n = profiles.length;
  const df = new Map<string, number>();
  for (const w of claim.words) {
    let k = 0;
    for (const p of profiles) if (p.words.has(w)) k++;
    df.set(w, k);
  }
  // A word every candidate shares tells them apart less well than a word only one has.
  return (w) => 1 - (0.8 * (df.get(w) ?? 0)) / (n + 1);
}
