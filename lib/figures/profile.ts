/**
 * What scoring needs to know about a candidate (a figure with its linked claims, or a lone
 * earlier claim), computed once per candidate object.
 */
import { dayNumber } from './days';
import { memoize } from './memo';
import { placeIds } from './places';
import { stem } from './text';
import type { ClaimFeatures, Figure, FigureCandidate } from './types';
import { contentWords } from './words';

/**
 * Evidence keyed by what it is (a place, a word, a claimant), valued by the one article it
 * came from, or ANY when from several articles or the figure itself. A claim is not matched
 * on evidence from its own article: its siblings share its sentence, date and source whatever
 * they count ("4,014 dead and more than 8,000 missing, said the WHO").
 */
export type Sourced = Map<string, string>;
export const ANY = '';

function addSourced(map: Sourced, key: string, articleId: string): void {
  const had = map.get(key);
  if (had === undefined) map.set(key, articleId);
  else if (had !== articleId) map.set(key, ANY);
}

/** The evidence is there, and not only from `articleId`. */
export function hasFrom(map: Sourced, key: string, articleId: string): boolean {
  const v = map.get(key);
  return v !== undefined && v !== articleId;
}

/** What scoring needs from a figure or a lone earlier claim, computed once per candidate. */
export interface Profile {
  kinds: string[];
  category: string;
  places: Sourced;
  titlePlaces: Set<string>;
  words: Sourced;
  values: Set<number>;
  lo: number;
  hi: number;
  /** Day numbers (daysBetween from the epoch) of its claims, with their articles. */
  days: { day: number; articleId: string }[];
  claimants: Sourced;
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

export function figureProfile(c: FigureCandidate): Profile {
  const hit = profiles.get(c);
  if (hit) return hit;
  const f = c.figure;
  const title = [f.titleAr, f.titleEn, f.place].filter(Boolean).join(' . ');
  const titlePlaces = new Set(titlePlaceIds(title));
  const p = baseProfile(c.claims, [f.countedKind], f.category, titlePlaces, titleWords(`${f.titleAr ?? ''} ${f.titleEn ?? ''}`), f);
  profiles.set(c, p);
  return p;
}

export function claimProfile(c: ClaimFeatures): Profile {
  const hit = profiles.get(c);
  if (hit) return hit;
  const p = baseProfile([c], [], c.category, new Set(), [], null);
  profiles.set(c, p);
  return p;
}

function baseProfile(claims: ClaimFeatures[], kinds: string[], category: string, titlePlaces: Set<string>, titleWords: string[], f: Figure | null): Profile {
  const places: Sourced = new Map([...titlePlaces].map((x) => [x, ANY]));
  const words: Sourced = new Map(titleWords.map((x) => [x, ANY]));
  const allKinds = new Set(kinds);
  const values = new Set<number>();
  let lo = Infinity;
  let hi = -Infinity;
  const days: { day: number; articleId: string }[] = [];
  const claimants: Sourced = new Map();
  const claimIds = new Set<string>();
  const years = new Set<number>();
  if (f?.from) for (let y = Number(f.from.slice(0, 4)); y <= Number((f.to ?? f.from).slice(0, 4)); y++) years.add(y);
  for (const c of claims) {
    claimIds.add(c.claimId);
    if (!f?.from) {
      if (c.years.length) for (const y of c.years) years.add(y);
      else years.add(Number(c.articleDate.slice(0, 4)));
    }
    for (const p of c.sentencePlaces) addSourced(places, p, c.articleId);
    for (const w of c.words) addSourced(words, w, c.articleId);
    if (c.countedKind) allKinds.add(c.countedKind);
    if (c.value !== null) {
      values.add(c.value);
      lo = Math.min(lo, c.value);
      hi = Math.max(hi, c.value);
    }
    days.push({ day: dayNumber(c.articleDate), articleId: c.articleId });
    if (c.claimantKey) addSourced(claimants, c.claimantKey, c.articleId);
  }
  const names = new Map<string, string[]>();
  for (const id of places.keys()) if (id.startsWith('name:')) names.set(id, nameStems(id.slice(5)));
  return { kinds: [...allKinds], category, places, titlePlaces, words, values, lo, hi, days, claimants, claimIds, names, years, from: f?.from, to: f?.to };
}
