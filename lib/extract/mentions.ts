/**
 * A claim restated later in the article is one claim: same value, same counted thing, and
 * claimants that can be the same source ("روسيا" and "وزارة الدفاع الروسية"; an unattributed
 * restatement fits any source).
 */
import { normalizeKey } from './normalize';
import type { Claim } from './types';

const FILLER = new Set(['في', 'من', 'عن', 'ل', 'و', 'ال']);

const stemCache = new Map<string, Set<string>>();

/** Content-word stems: article, clitics and nisba endings off, so الروسية and روسيا meet, and لصندوق and الصندوق. */
function stems(claimant: string): Set<string> {
  const cached = stemCache.get(claimant);
  if (cached) return cached;
  const out = new Set<string>();
  for (let w of normalizeKey(claimant).split(' ')) {
    if (FILLER.has(w)) continue;
    // Not a bare و: it opens وزارة and وكالة far more often than it joins a name to the one before.
    w = w.replace(/^(وال|بال|لل|ال|ل(?=..))/, '');
    w = w.replace(/(يين|يون|يه|يا|ي|ه)$/, '');
    if (w.length >= 2) out.add(w);
  }
  if (stemCache.size > 10000) stemCache.clear();
  stemCache.set(claimant, out);
  return out;
}

function subset(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** "البيان" names the statement, not who made it: it is the statement of whichever source gave the figure. */
const STATEMENT = /^[وب]?(ال)?بيان$/u;

export function sameSource(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  if (STATEMENT.test(a.trim()) || STATEMENT.test(b.trim())) return true;
  const sa = stems(a);
  const sb = stems(b);
  if (sa.size === 0 || sb.size === 0) return true;
  return subset(sa, sb) || subset(sb, sa);
}

/** Counted things that are one for a reader: a toll of deaths is a toll of the killed. */
const SAME_COUNTED: Record<string, string> = { deaths: 'killed' };

/** What befell those counted, as the last word of `counted` says it; two of these that differ are two counts. */
const BEFELL = new Set([
  'killed', 'injured', 'missing', 'detained', 'released', 'displaced', 'evacuated', 'relocated', 'deported', 'returned',
  'returnees', 'hosted', 'rescued', 'escaped', 'destroyed', 'damaged', 'died', 'deaths', 'wounded', 'affected',
]);

const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);

/**
 * A headline's count and the body's, worded apart ("11 ألف مدني" over "11 ألف شخص"، "أربعون قتيلاً"
 * over "40 مدنياً … قتلوا"، "2430 أسرة" over "2.430 أسرة نازحة"): the same value, the same category
 * or one of them "other", and nothing said to befall them that differs (killed and injured).
 */
function sameFigure(headline: Claim, body: Claim): boolean {
  if (headline.value === null || headline.value !== body.value) return false;
  if (headline.category !== body.category && headline.category !== 'other' && body.category !== 'other') return false;
  const a = lastWord(SAME_COUNTED[headline.countedLabel] ?? headline.countedLabel);
  const b = lastWord(SAME_COUNTED[body.countedLabel] ?? body.countedLabel);
  return a === b || !(BEFELL.has(a) && BEFELL.has(b));
}

/** From this on, the same figure from the same source is one claim, whatever it is said to count. */
const RESTATED_FIGURE = 1000;

/** News agencies, which carry others' figures rather than make them: رويترز، فرانس برس، أ ف ب، الأناضول. */
const WIRE = /^(وكاله )?(رويترز|فرانس برس|فرانس بريس|ا ف ب|اف ب|اسوشيتد برس|الاناضول|د ب ا|شينخوا|سبوتنيك|ايفي|reuters|afp|ap|associated press|anadolu)$/iu;
export function isWire(claimant: string | null): boolean {
  return claimant !== null && WIRE.test(normalizeKey(claimant).replace(/["«»“”]/g, '').trim());
}

/** A counted phrase with a word in it, not the figure alone. */
const NAMES_WHAT = /[\p{L}]/u;

/** Below this, two unattributed mentions of a count are as likely two incidents as one. */
const COINCIDENCE = 10;

/**
 * Merges restatements. `inHeadline[i]` says claim i stands on a headline-shaped line, where a
 * report restates its figures: "قتل 3 أشخاص في غارة… وقتل 3 أشخاص في قصف…" in the body, both
 * unattributed, are two incidents; a headline and the body are one. `restates[i]` says claim i
 * gives again a figure already given ("الحصيلة تشير إلى 56"، "من أصل 120"), whoever gave it first.
 */
export function mergeMentions(
  claims: Claim[],
  inHeadline: readonly boolean[] = [],
  restates: readonly boolean[] = [],
  eras: readonly (number | null)[] = [],
  sentences: readonly number[] = [],
): Claim[] {
  /** The sentence each kept claim was first made in. */
  const sentenceOfClaim = new Map<Claim, number | undefined>();
  const sentenceOf = (o: Claim) => sentenceOfClaim.get(o);
  /** Kept claims by value, for a restatement worded apart. */
  const byValue = new Map<number, Claim[]>();
  /** "عام 2022": a claim set in another year than the one before is another incident. */
  const eraOf = new Map<Claim, number | null>();
  /** Claims first made on a headline line and not yet restated by the body. */
  const headlines = new Set<Claim>();
  const out: Claim[] = [];
  /** Per value and counted thing: every claim, and those an unattributed body mention may join. */
  const byKey = new Map<string, { all: Claim[]; joinable: Claim[] }>();
  claims.forEach((c, i) => {
    const key = `${c.value}|${SAME_COUNTED[c.countedLabel] ?? c.countedLabel}`;
    const group = byKey.get(key) ?? { all: [], joinable: [] };
    byKey.set(key, group);
    const loose = c.claimant === null && !inHeadline[i] && (c.value === null || c.value < COINCIDENCE);
    const era = eras[i] ?? null;
    // "منظمة حقوقية تتحدث عن 32 حالة" over "قالت اللجنة … 32 حالة": a headline names its source loosely.
    const bodyOf = (o: Claim) => headlines.has(o) && !inHeadline[i];
    let same = (loose ? group.joinable : group.all).find(
      (o) => eraOf.get(o) === era && (restates[i] || bodyOf(o) || sameSource(o.claimant, c.claimant)),
    );
    // The body's first mention of a headline's figure, in other words.
    if (!same && !inHeadline[i]) {
      for (const o of headlines) {
        if (eraOf.get(o) === era && sameFigure(o, c)) {
          same = o;
          break;
        }
      }
    }
    // "2.600 إيزيدي" and, paragraphs on, "2.600 شخص في عداد المفقودين" from the same source: a large
    // figure given again by its source is the same claim, however the counted thing is worded.
    if (!same && c.value !== null && c.value >= RESTATED_FIGURE) {
      same = out.find((o) => eraOf.get(o) === era && o.claimant !== null && c.claimant !== null && sameSource(o.claimant, c.claimant) && sameFigure(o, c));
    }
    // "قُتل 76 شخصاً … وأكدت الوكالة أن 76 شخصاً لقوا حتفهم … "76 من مواطنينا لقوا حتفهم"": a figure
    // given again by the same named source, worded apart, in another sentence, is the same claim.
    // Both must name what they count: a bare "(27)" in a breakdown by nationality is another count.
    if (!same && c.value !== null && c.value >= COINCIDENCE && c.claimant !== null && !inHeadline[i] && NAMES_WHAT.test(c.counted)) {
      same = byValue.get(c.value)?.find(
        (o) =>
          eraOf.get(o) === era &&
          o.claimant !== null &&
          NAMES_WHAT.test(o.counted) &&
          (sameSource(o.claimant, c.claimant) || isWire(o.claimant) || isWire(c.claimant)) &&
          sameFigure(o, c) &&
          (sentences[i] === undefined || sentenceOf(o) !== sentences[i]),
      );
    }
    // "… وفقاً لـ"رويترز"" then "وأكدت الوكالة الحكومية أن …": the wire carried the body's figure.
    if (same && same.claimant !== null && c.claimant !== null && isWire(same.claimant) && !isWire(c.claimant)) same.claimant = c.claimant;
    if (same) {
      // A restatement may say more: "تجمع 48 مليون جنيه" is aid once the body names the aid it buys.
      if (same.category === 'other' && c.category !== 'other' && (bodyOf(same) || same.countedLabel === c.countedLabel)) {
        same.category = c.category;
        same.countedLabel = c.countedLabel;
        same.counted = c.counted;
      }
      same.mentions.push({ start: c.start, end: c.end });
      if (same.claimant === null || (bodyOf(same) && c.claimant !== null)) same.claimant = c.claimant;
      if (!inHeadline[i]) headlines.delete(same);
      if (same.qualifier === null) same.qualifier = c.qualifier;
      if (!group.joinable.includes(same) && (same.claimant !== null || inHeadline[i])) group.joinable.push(same);
      // An unattributed headline is restated once, by the body; a third "3 killed" is another incident.
      if (loose && same.claimant === null) group.joinable.splice(group.joinable.indexOf(same), 1);
      return;
    }
    const claim = { ...c, mentions: [{ start: c.start, end: c.end }] };
    if (c.value !== null) {
      const list = byValue.get(c.value);
      if (list) list.push(claim);
      else byValue.set(c.value, [claim]);
    }
    eraOf.set(claim, era);
    sentenceOfClaim.set(claim, sentences[i]);
    if (inHeadline[i]) headlines.add(claim);
    out.push(claim);
    group.all.push(claim);
    if (!loose) group.joinable.push(claim);
  });
  return out;
}
