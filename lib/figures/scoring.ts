/**
 * The evidence for one candidate, piece by piece. Each scorer adds to the score and, given a
 * list, words a reason when the evidence speaks for the match; evidence against (another
 * place, a report before the event, another kind of count) only lowers the score.
 */
import { claimantSimilarity } from './claimant';
import { eventOf, groupOf, relatedEvents } from './counted-key';
import { dayNumber, daysBetween, withinPeriod } from './days';
import { reason } from './messages';
import { isCountry } from './places';
import { hasFrom, type Profile } from './profile';
import type { ClaimFeatures, Reason } from './types';

/**
 * How well the counted kinds agree: the best agreement over the candidate's kinds (a figure's
 * own and its claims'); only when none agrees does a different event count against it.
 */
type KindReason = 'same-category' | 'same-counted' | 'same-event' | 'related-counted';

function kindScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  const k = claim.countedKind;
  const e = eventOf(k);
  const g = groupOf(k);
  const sameCategory = claim.category === p.category;
  let best = sameCategory ? 0.5 : -1;
  let why: KindReason | null = sameCategory ? 'same-category' : null;
  let conflict = false;
  for (const pk of p.kinds) {
    if (k && pk === k) {
      out?.push(reason('same-counted', claim.counted));
      return 3;
    }
    const pe = eventOf(pk);
    const pg = groupOf(pk);
    let s = -Infinity;
    let w: KindReason | null = null;
    if (e && pe === e) {
      // "civilians killed" against "killed": the same event, but more likely a part of the
      // whole (a figure of its own) than the whole; two different groups are two figures.
      [s, w] = [g === pg ? 1.5 : g && pg ? 0 : 1, 'same-event'];
    } else if (e && pe && g && g === pg && relatedEvents(k)?.includes(pe)) {
      // "lost 192 soldiers" read as missing, against "soldiers killed".
      [s, w] = [1, 'related-counted'];
    } else if (e && pe) {
      conflict = true;
    } else if (!e && g && g === pg) {
      // "6444 مبنى" against "buildings collapsed": what is counted agrees, what befell it is unsaid.
      [s, w] = [1.5, 'same-counted'];
    }
    if (s > best) [best, why] = [s, w];
  }
  if (best <= 0.5 && conflict) return sameCategory ? -1 : -2;
  if (best > 0 && why) out?.push(why === 'same-category' ? reason('same-category', claim.category) : reason(why, claim.counted));
  return best;
}

/**
 * A name the gazetteer does not know but the candidate does ("إقليم الحوز" in a figure's
 * place) is recognised in the claim's sentence without its "إقليم": its words are there.
 */
function namedInSentence(claim: ClaimFeatures, p: Profile): string[] {
  const out: string[] = [];
  for (const [id, stems] of p.names) if (hasFrom(p.places, id, claim.articleId) && stems.every((s) => claim.words.includes(s))) out.push(id);
  return out;
}

function placeScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  if (p.places.size === 0) return 0;
  const inSentence = claim.sentencePlaces.filter((x) => hasFrom(p.places, x, claim.articleId));
  for (const id of namedInSentence(claim, p)) if (!inSentence.includes(id)) inSentence.push(id);
  const specific = inSentence.filter((x) => !isCountry(x));
  if (specific.length) {
    out?.push(reason('same-place-sentence', specific));
    return 2;
  }
  const inArticle = claim.articlePlaces.filter((x) => hasFrom(p.places, x, claim.articleId) && !isCountry(x));
  if (inSentence.length) {
    out?.push(reason('same-place-sentence', inSentence));
    // "قتلى زلزال تركيا وسوريا": a toll of both countries is not the toll of one of them.
    const partial = claim.sentencePlaces.some((x) => isCountry(x) && !hasFrom(p.places, x, claim.articleId));
    return (inArticle.length ? 1.5 : 1) - (partial ? 0.5 : 0);
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
  // The article names the candidate's country (a national toll beside a regional one): no
  // evidence either way. Only an article whose known places are all elsewhere counts against.
  if (claim.articlePlaces.some((x) => hasFrom(p.places, x, claim.articleId))) return 0;
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
  for (const x of p.days) if (x.articleId !== claim.articleId) gap = Math.min(gap, Math.abs(x.day - day));
  if (gap <= 3) {
    out?.push(reason('close-date', gap));
    score += 1;
  } else if (gap <= 10) score += 0.5;
  else if (gap > 45 && gap !== Infinity) score -= 1;
  return score;
}

function claimantScore(claim: ClaimFeatures, p: Profile, out: Reason[] | null): number {
  let best = 0;
  if (claim.claimantKey) {
    for (const [c, from] of p.claimants) {
      if (from === claim.articleId) continue;
      if ((best = Math.max(best, claimantSimilarity(claim.claimantKey, c))) >= 0.75) break;
    }
  }
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
    if (hasFrom(p.words, w, claim.articleId)) {
      shared += weight;
      if (weight > 0.5 && names.length < 4) names.push(w);
    }
  }
  if (total === 0) return 0;
  // Relative to the claim's words, but never more than the shared words weigh: one word every
  // candidate has ("earthquake") is not three points of evidence.
  const score = Math.min(3, (4 * shared) / total, 2 * shared);
  if (score >= 0.75 && names.length) out?.push(reason('shared-words', names));
  return score;
}

/** The score; with `reasons`, also why (built only for what will be shown). */
export function scoreProfile(claim: ClaimFeatures, p: Profile, idf: (w: string) => number, reasons: Reason[] | null): number {
  let score = kindScore(claim, p, reasons);
  score += placeScore(claim, p, reasons);
  score += yearScore(claim, p);
  score += dateScore(claim, p, reasons);
  score += claimantScore(claim, p, reasons);
  score += valueScore(claim, p, reasons);
  score += wordScore(claim, p, idf, reasons);
  return Math.round(score * 100) / 100;
}
