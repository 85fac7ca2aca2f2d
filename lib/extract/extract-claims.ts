/**
 * Numeric claims in an Arabic news report: a number (digits, words, a dual noun, or an
 * unquantified amount), the thing it counts, its qualifier, and who says so.
 */
import { Attributions } from './attribution';
import type { Counted } from './categories';
import { Counter, leadIn } from './counting';
import { buildDoc, spanOf, type Doc } from './document';
import { dualAt } from './duals';
import { mergeMentions } from './mentions';
import { numberWords } from './number-words';
import { nouns, type Noun } from './nouns';
import { isLabelOrDate } from './not-claims';
import { parseNumberAt, parseVagueAt, type NumberMatch } from './numbers';
import { qualifierAfter, qualifierBefore } from './qualifiers';
import type { ExtractedClaim, Qualifier } from './types';

interface Found {
  claim: ExtractedClaim;
  /** Last token the claim used; scanning resumes after it. */
  last: number;
}

const ONE = new Set(['واحد', 'واحده', 'واحدا']);

class Extractor {
  private readonly counter: Counter;
  private attributions: Attributions | null = null;

  constructor(private readonly doc: Doc) {
    this.counter = new Counter(doc);
  }

  run(): ExtractedClaim[] {
    const { tokens } = this.doc;
    const claims: ExtractedClaim[] = [];
    let consumed = -1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t.kind === 'p') continue;
      const m = t.kind === 'n' ? parseNumberAt(tokens, i) : this.wordNumberAt(i);
      let found: Found | null = null;
      if (m) {
        found = this.numberClaim(m);
        consumed = i = found ? found.last : m.last;
      } else {
        const dual = dualAt(this.doc, i);
        if (dual) found = this.dualClaim(i, dual.noun, dual.skip);
        else if (i - 1 > consumed) found = this.oneClaim(i);
      }
      if (found) {
        claims.push(found.claim);
        consumed = i = found.last;
      }
    }
    return mergeMentions(claims);
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
    return parseVagueAt(tokens, i);
  }

  private numberClaim(m: NumberMatch): Found | null {
    if (isLabelOrDate(this.doc, m)) return null;
    const counting = this.counter.count(m);
    if (!counting) return null;
    return { claim: this.makeClaim(m.first, m.prefixLen, counting.last, m.value, counting.counted), last: counting.last };
  }

  private dualClaim(i: number, noun: Noun, skip: number): Found {
    const { tokens } = this.doc;
    const counting = this.counter.countNoun(noun, i, i);
    let last = counting.last;
    // "جنديان اثنان": the number word only repeats the dual.
    const two = tokens[last + 1]?.sent === tokens[i].sent ? numberWords.find(tokens[last + 1].text) : null;
    if (two && two.prefix === '' && two.value.value === 2 && two.value.kind === 'unit') last++;
    return { claim: this.makeClaim(i, skip, last, 2, counting.counted), last };
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
    const counting = this.counter.countNoun(noun, i - 1, i);
    return { claim: this.makeClaim(i - 1, hit.prefix.length, i, 1, counting.counted), last: i };
  }

  /** The claim from token `first` (less `skip` clitic letters) to `last`, with its qualifier. */
  private makeClaim(first: number, skip: number, last: number, value: number | null, counted: Counted): ExtractedClaim {
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
    let end = last;
    const after = qualifierAfter(tokens, last + 1);
    if (after) {
      qualifier ??= after.qualifier;
      end = after.last;
    }
    const [start, stop] = spanOf(this.doc, quoteFrom, end, quoteSkip);
    this.attributions ??= new Attributions(this.doc);
    return {
      quote: this.doc.original.slice(start, stop),
      start,
      end: stop,
      value,
      qualifier,
      counted: counted.counted,
      category: counted.category,
      claimant: this.attributions.claimantAt(first),
      mentions: [{ start, end: stop }],
    };
  }
}

export function extractClaims(text: string): ExtractedClaim[] {
  return new Extractor(buildDoc(text)).run();
}
