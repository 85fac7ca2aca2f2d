/**
 * Numeric claims in an Arabic news report: a number (digits, words, a dual noun, "أحد", or an
 * unquantified amount), the thing it counts, its qualifier, and who says so.
 */
import { Attributions } from './attribution';
import { finishClaims } from './claim-details';
import { Counter, leadIn, type Counting } from './counting';
import { definiteCountAt } from './definite-count';
import { eraAt, sentenceYears, type YearAt } from './era';
import { buildDoc, spanOf, type Doc } from './document';
import { dualAt } from './duals';
import { mergeMentions } from './mentions';
import { numberWords } from './number-words';
import { nouns, type Noun } from './nouns';
import { isLabelOrDate } from './not-claims';
import { parseNumberAt, parseVagueAt, type NumberMatch } from './numbers';
import { oneOfAt } from './one-of';
import { ownWorkSource } from './own-work';
import { participantsAt, placesAt } from './participants';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import type { Claim, Qualifier } from './types';

interface Found {
  claim: Claim;
  /** Last token the claim used; scanning resumes after it. */
  last: number;
  /** The claim gives again a figure given before. */
  restates: boolean;
}

const ONE = new Set(['واحد', 'واحده', 'واحدا']);
/** "وبذلك ارتفع العدد إلى …": a running total summing up the sentence before. */
const SUMMING_UP = new Set(['وبذلك', 'بذلك', 'وبهذا']);
/** يومياً، أسبوعياً: "one a day". */
const PER_PERIOD = new Set(['يوميا', 'اسبوعيا', 'شهريا', 'سنويا']);
const PERIOD = new Set(['اليوم', 'الاسبوع', 'الشهر', 'السنه', 'العام']);
const RATIO = new Set(['لكل', 'كل']);

class Extractor {
  private readonly counter: Counter;
  private attributions: Attributions | null = null;
  private readonly sentenceYears = new Map<number, YearAt[]>();

  constructor(private readonly doc: Doc) {
    this.counter = new Counter(doc);
  }

  run(): Claim[] {
    const { tokens } = this.doc;
    const claims: Claim[] = [];
    const inHeadline: boolean[] = [];
    const restates: boolean[] = [];
    const eras: (number | null)[] = [];
    const sentences: number[] = [];
    let consumed = -1;
    let lastDual = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'p' || this.doc.furniture[t.sent]) continue;
      const m = t.kind === 'n' ? parseNumberAt(tokens, i) : this.wordNumberAt(i);
      let found: Found | null = null;
      if (m) {
        found = this.numberClaim(m);
        consumed = i = found ? found.last : m.last;
      } else {
        const dual = dualAt(this.doc, i);
        // "طائرتين مسيرتين": a dual after a dual just counted agrees with it; it is not two more.
        // "طفلتان وامرأتان": joined by و, it is two more.
        const agrees = i > 0 && lastDual === i - 1 && tokens[i - 1].sent === t.sent && !(dual && dual.skip > 0 && t.text.startsWith('و'));
        if (dual && !agrees) {
          found = this.dualClaim(i, dual.noun, dual.skip, dual.last);
          if (found) lastDual = found.last;
        } else if (i - 1 > consumed) found = this.oneClaim(i) ?? this.oneOfClaim(i) ?? this.definiteCountClaim(i);
      }
      if (found) {
        claims.push(found.claim);
        inHeadline.push(this.doc.headline[t.sent] === 1);
        restates.push(found.restates);
        eras.push(this.eraOf(i));
        sentences.push(t.sent);
        consumed = i = found.last;
      }
    }
    const merged = mergeMentions(claims, inHeadline, restates, eras, sentences);
    this.fillOwnWork(merged);
    return merged;
  }

  /**
   * Claims no source was found for: a body reporting its own work ("نزع فريق «مسام» 10 ذخائر"), or a
   * running total after "وبذلك" that sums up the figures of the sentence before.
   */
  private fillOwnWork(claims: Claim[]): void {
    const { tokens, sentStart } = this.doc;
    let tok = 0;
    let prev: Claim | null = null;
    for (const c of claims) {
      while (tok < tokens.length && this.doc.map[tokens[tok].start] < c.start) tok++;
      if (c.claimant === null && tok < tokens.length) {
        const sent = tokens[tok].sent;
        const opener = tokens[sentStart[sent]]?.text ?? '';
        c.claimant = ownWorkSource(this.doc, tok);
        if (c.claimant === null && SUMMING_UP.has(opener) && prev?.claimant && tokens[this.tokenAt(prev.start)].sent === sent - 1) c.claimant = prev.claimant;
      }
      prev = c;
    }
  }

  private tokenAt(start: number): number {
    const { tokens, map } = this.doc;
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[tokens[mid].start] < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The year the claim at token `tok` is set in; a sentence's years are read once. */
  private eraOf(tok: number): number | null {
    const sent = this.doc.tokens[tok].sent;
    let years = this.sentenceYears.get(sent);
    if (years === undefined) {
      years = sentenceYears(this.doc, sent);
      this.sentenceYears.set(sent, years);
    }
    return eraAt(this.doc, years, tok);
  }

  /** A number in words, or an unquantified amount. "One" alone is not a count claim. */
  private wordNumberAt(i: number): NumberMatch | null {
    const { tokens } = this.doc;
    const hit = numberWords.find(tokens[i].text);
    if (hit && hit.value.kind !== 'scalePlural') {
      // يوم الاثنين / يوم اثنين: Monday.
      if (hit.value.value === 2 && tokens[i - 1]?.text === 'يوم') return null;
      const m = parseNumberAt(tokens, i);
      if (m) return m.inWords && m.value === 1 ? null : m;
    }
    // "العشرة آلاف": a unit with the article before a plural scale.
    if (!hit && tokens[i].text.startsWith('ال') && numberWords.exact(tokens[i].text.slice(2))) {
      const m = parseNumberAt(tokens, i);
      if (m) return m;
    }
    return parseVagueAt(tokens, i);
  }

  private numberClaim(m: NumberMatch): Found | null {
    if (isLabelOrDate(this.doc, m)) return null;
    const counting = this.counter.count(m) ?? participantsAt(this.doc, m) ?? placesAt(this.doc, m);
    if (!counting) return null;
    const restates = counting.restates || this.counter.restatesFigure(m);
    return this.found(m.first, m.prefixLen, counting.value ?? m.value, { ...counting, restates }, 'ar.number', m.last + 1);
  }

  /** "جنديان"، "سفينتين": a noun in the dual. Two things count only when destroyed or damaged. */
  private dualClaim(i: number, noun: Noun, skip: number, lastOfTwo: number): Found | null {
    const counting = this.counter.countNoun(noun, i, i);
    if (!counting) return null;
    if (noun.kind === 'object' && !(counting.sense?.toThings && !counting.sense.thingsOnly)) return null;
    return this.found(i, skip, 2, { ...counting, last: Math.max(counting.last, lastOfTwo) }, 'ar.dual', i);
  }

  /** "شخص واحد": one is written after its noun. */
  private oneClaim(i: number): Found | null {
    const { tokens } = this.doc;
    const prev = tokens[i - 1];
    if (!ONE.has(tokens[i].text) || !prev || prev.sent !== tokens[i].sent || prev.kind !== 'w') return null;
    const hit = nouns.find(prev.text);
    if (!hit || hit.definite || hit.prefix.length > 1) return null;
    const { noun } = hit.value;
    if (noun.kind !== 'people' && noun.kind !== 'fixed') return null;
    // "طبيب واحد لكل 10 آلاف نسمة" is a ratio; "طبيب واحد" with nothing befalling him, no claim.
    if (RATIO.has(tokens[i + 1]?.text ?? '')) return null;
    // "وجبة واحدة يومياً" is how often, not how many; "في هجوم واحد" is "in a single attack".
    if (PER_PERIOD.has(tokens[i + 1]?.text ?? '') || (tokens[i + 1]?.text === 'في' && PERIOD.has(tokens[i + 2]?.text ?? ''))) return null;
    if (tokens[i - 2]?.text === 'في' && tokens[i - 2].sent === tokens[i].sent) return null;
    const counting = this.counter.countNoun(noun, i - 1, i);
    if (!counting || (noun.kind === 'people' && !counting.sense)) return null;
    return this.found(i - 1, hit.prefix.length, 1, { ...counting, last: i }, 'ar.one', i - 1);
  }

  /** "أحد الأطباء لقي حتفه"، "توفي أحدهم": one of a group, when something befell them. */
  private oneOfClaim(i: number): Found | null {
    const one = oneOfAt(this.doc, i);
    if (!one) return null;
    const counting = this.counter.countOneOf(i, one.noun, one.last);
    return counting ? this.found(i, one.skip, 1, counting, 'ar.one-of', i) : null;
  }

  /** "قتلت المهاجمين الخمسة": the count after its noun, when something befell those counted. */
  private definiteCountClaim(i: number): Found | null {
    const count = definiteCountAt(this.doc, i);
    if (!count) return null;
    const counting = this.counter.countNoun(count.noun, count.nounAt, i);
    if (!counting || (count.noun.kind === 'people' && !counting.sense)) return null;
    return this.found(count.nounAt, count.skip, count.value, { ...counting, last: Math.max(counting.last, i) }, 'ar.definite-count', count.nounAt);
  }

  /** `nounFrom` is the first token of the words that say what is counted. */
  private found(first: number, skip: number, value: number | null, counting: Counting, rule: string, nounFrom: number): Found {
    this.counter.remember(first, counting);
    const claim = this.makeClaim(first, skip, counting, value, counting.weak ? `${rule}.weak` : rule, nounFrom);
    return { claim, last: counting.last, restates: counting.restates === true };
  }

  /** The article's own words for what is counted: the noun phrase after the number, else the quote. */
  private countedWords(nounFrom: number, last: number, skip: number, quote: string): string {
    const { tokens } = this.doc;
    let from = nounFrom;
    while (from <= last && tokens[from].kind === 'p') from++;
    let to = last;
    while (to >= from && tokens[to].kind === 'p') to--;
    if (from > to || to - from > 8) return quote;
    const [a, b] = spanOf(this.doc, from, to, from === nounFrom ? skip : 0);
    return this.doc.original.slice(a, b);
  }

  /** The claim from token `first` (less `skip` clitic letters) to the end of its counting, with its qualifier. */
  private makeClaim(first: number, skip: number, counting: Counting, value: number | null, rule: string, nounFrom: number): Claim {
    const { tokens } = this.doc;
    let qualifier: Qualifier | null = null;
    const lead = leadIn(this.doc, first);
    let quoteFrom = lead.quoteFrom;
    let quoteSkip = lead.quoteFrom === first ? skip : 0;
    const before = qualifierBefore(tokens, lead.phraseFrom);
    if (before) {
      qualifier = before.qualifier;
      quoteFrom = before.first;
      quoteSkip = before.skip;
    }
    let end = counting.last;
    const after = qualifierAfter(tokens, end + 1);
    if (after) {
      qualifier ??= after.qualifier;
      end = after.last;
    }
    qualifier ??= counting.qualifier ?? null;
    const [start, stop] = spanOf(this.doc, quoteFrom, end, quoteSkip);
    this.attributions ??= new Attributions(this.doc);
    const quote = this.doc.original.slice(start, stop);
    return {
      quote,
      start,
      end: stop,
      value,
      qualifier,
      counted: this.countedWords(nounFrom, counting.last, nounFrom === first ? skip : 0, quote),
      countedLabel: counting.counted.counted,
      countedKind: 'other',
      category: counting.counted.category,
      claimant: this.attributions.claimantAt(first),
      claimantKind: null,
      claimantCanonical: null,
      confidence: 0,
      rule,
      mentions: [{ start, end: stop }],
    };
  }
}

export function extractArabicClaims(text: string): Claim[] {
  return finishClaims(text, new Extractor(buildDoc(text)).run(), 'ar');
}
