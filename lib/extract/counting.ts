/**
 * What a number counts: the noun after it (خمسة انتهاكات، 400 من المدنيين), the noun before it
 * (عدد القتلى إلى 50), a percentage, or for a bare amount the event around it (نزوح الآلاف).
 */
import { classifyBare, classifyNoun, withOrigin, type Counted } from './categories';
import { Contexts } from './contexts';
import type { Doc } from './document';
import { events } from './events';
import { eventNear, INCLUSIVE } from './nearby-event';
import { measureWords, MONTHS, nouns, type Noun } from './nouns';
import { DIGIT_PREFIXES, isYear } from './not-claims';
import type { NumberMatch } from './numbers';
import { qualifierBefore } from './qualifiers';
import { cues } from './reporting-verbs';
import { Lexicon } from './word-forms';

export interface Counting {
  counted: Counted;
  /** Last token of the counted phrase. */
  last: number;
  /** "17 حالة" with no event near: an earlier "عدد الضحايا" may say more. */
  weak?: boolean;
}

const PERCENT_WORDS = new Set(['المئه', 'المائه', 'بالمئه', 'بالمائه']);
const OPENERS = new Set(['"', '«', '“', '”', '(', '″']);
const CLOSERS = new Set(['"', '»', '”', ')', '″']);
/** Words that may follow a number standing alone at the end of its phrase. */
const NUMBER_TAIL = new Set(
  (
    'في منذ من خلال حتي علي الي عن بينهم منهم بينهن منهن وفق وفقا بحسب حسب حسبما طبقا نقلا مقابل بعد قبل ' +
    'جراء نتيجه بسبب اثر عقب داخل خارج فقط تقريبا اليوم امس حاليا اخرين اخرون فيما بينما حيث'
  ).split(' '),
);
const TOTAL_WORDS = new Lexicon(
  ['عدد', 'حصيلة', 'إجمالي', 'مجموع'].map((w) => [w, true] as const),
  { clitics: true, definite: true },
);

/**
 * Where a number's phrase starts: an opening bracket around the digits ("(9.3) ملايين") is
 * quoted with them; letters written onto the digits (بـ120، الـ40) are not, but qualifiers
 * stand before them.
 */
export function leadIn(doc: Doc, first: number): { quoteFrom: number; phraseFrom: number } {
  const { tokens } = doc;
  const t = tokens[first];
  const prev = tokens[first - 1];
  if (t.kind !== 'n' || !prev || prev.sent !== t.sent) return { quoteFrom: first, phraseFrom: first };
  if (prev.kind === 'p' && OPENERS.has(prev.text) && CLOSERS.has(tokens[first + 1]?.text ?? '')) {
    return { quoteFrom: first - 1, phraseFrom: first - 1 };
  }
  if (DIGIT_PREFIXES.has(prev.text) && t.start - prev.end <= 1) return { quoteFrom: first, phraseFrom: first - 1 };
  return { quoteFrom: first, phraseFrom: first };
}

export class Counter {
  private readonly contexts: Contexts;

  constructor(private readonly doc: Doc) {
    this.contexts = new Contexts(doc);
  }

  /** What the number m counts, or null when it counts nothing this extractor reports. */
  count(m: NumberMatch): Counting | null {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k] : undefined);
    const next = at(m.last + 1);
    if (next && (measureWords.has(next.text) || MONTHS.has(next.text))) return null;
    const percentEnd =
      next?.text === '%' || PERCENT_WORDS.has(next?.text ?? '')
        ? m.last + 1
        : next?.text === 'في' && PERCENT_WORDS.has(at(m.last + 2)?.text ?? '')
          ? m.last + 2
          : -1;
    if (percentEnd >= 0) return { counted: classifyBare(eventNear(this.doc, m.first, percentEnd), true)!, last: percentEnd };
    const after = this.nounAfter(m);
    if (after && !after.weak) return after;
    const before = this.nounBefore(m, after ? after.last : m.last);
    if (!before) return after;
    return { counted: before.counted, last: after ? after.last : before.last };
  }

  /** Counts a noun at token k, with its compound (طائرة مسيرة) and origin (عائلة من اللاجئين). */
  countNoun(noun: Noun, from: number, k: number): Counting {
    const { tokens } = this.doc;
    const sent = tokens[k].sent;
    let last = k;
    const follower = tokens[k + 1]?.sent === sent ? tokens[k + 1].text : '';
    const compound = noun.compounds?.[follower];
    if (compound) {
      noun = { ...noun, generic: false, ...compound };
      last = k + 1;
    }
    // A closing quotation mark may sit between: "40 ألف عائلة" من اللاجئين.
    const of = tokens[last + 1] && CLOSERS.has(tokens[last + 1].text) ? last + 2 : last + 1;
    if (noun.kind === 'people' && tokens[of]?.text === 'من' && tokens[of + 1]?.sent === sent) {
      const origin = nouns.find(tokens[of + 1].text);
      if (origin && origin.value.noun.category === 'displacement' && origin.value.noun.kind === 'fixed') {
        return { counted: withOrigin(noun, origin.value.noun), last: of === last + 1 ? of + 1 : last };
      }
    }
    const needsEvent = noun.kind === 'people' || noun.kind === 'object';
    const event = needsEvent ? eventNear(this.doc, from, last) : null;
    return { counted: classifyNoun(noun, event, this.contexts.of(sent)), last, weak: noun.generic && !event };
  }

  /** The counted noun right after the number, after "من" (400 من المدنيين), or an event alone. */
  private nounAfter(m: NumberMatch): Counting | null {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const after = m.last + 1;
    let k = after;
    if (tokens[k]?.sent === sent && tokens[k].text === 'من') k++;
    const t = tokens[k];
    const hit = t && t.sent === sent && t.kind === 'w' ? nouns.find(t.text) : null;
    // Right after a number the noun is indefinite (خمسة انتهاكات); "من" and vague amounts take
    // the article (400 من المدنيين، عشرات القتلى).
    const fits = hit && (hit.prefix === '' || (hit.prefix === 'ال' && (k > after || m.value === null)));
    if (fits) return this.countNoun(hit.value.noun, m.first, k);
    if (m.value !== null && !this.countsPeople(m)) return null;
    const counted = classifyBare(eventNear(this.doc, m.first, m.last), false);
    return counted ? { counted, last: m.last } : null;
  }

  /**
   * A number with no noun still counts people when the clause says what befell them:
   * "3.1 مليون فروا", "نزح أكثر من مليون", "…، بينهم 11 مليون داخل السودان".
   */
  private countsPeople(m: NumberMatch): boolean {
    const { tokens } = this.doc;
    const next = tokens[m.last + 1];
    if (next?.sent === tokens[m.first].sent && next.kind === 'w' && events.has(next.text)) return true;
    if (!this.endsBare(m.first, m.last)) return false;
    const before = this.wordBefore(m);
    const ev = events.find(before);
    return INCLUSIVE.has(before) || (ev !== null && !ev.definite);
  }

  /** The word before the number and its qualifier ("نزح أكثر من …", "بينهم 11 مليون"). */
  private wordBefore(m: NumberMatch): string {
    const { tokens } = this.doc;
    const from = leadIn(this.doc, m.first).phraseFrom;
    const q = qualifierBefore(tokens, from);
    const k = (q ? q.first : from) - 1;
    return tokens[k]?.sent === tokens[m.first].sent && tokens[k].kind === 'w' ? tokens[k].text : '';
  }

  /**
   * Nothing after the counted phrase is a noun of its own: "… إلى 50." or "… 906 منذ بدء
   * الهدنة", not "5 دول" (a noun this lexicon does not count, so the number counts that).
   */
  private endsBare(first: number, last: number): boolean {
    const { tokens } = this.doc;
    const next = tokens[last + 1];
    if (!next || next.sent !== tokens[first].sent || next.kind !== 'w') return true;
    return NUMBER_TAIL.has(next.text) || next.text.startsWith('و') || cues.has(next.text);
  }

  /** "ارتفع عدد القتلى إلى 50", "والإصابات 1,246": the noun came first. */
  private nounBefore(m: NumberMatch, last: number): Counting | null {
    if (m.value === null || isYear(this.doc, m) || !this.endsBare(m.first, last)) return null;
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const start = this.doc.sentStart[sent];
    const at = (k: number) => nouns.find(tokens[k].text);
    const adjacent = m.first - 1 >= start ? at(m.first - 1) : null;
    if (adjacent?.definite && adjacent.value.noun.kind === 'fixed') {
      return { counted: classifyNoun(adjacent.value.noun, null, this.contexts.of(sent)), last: m.last };
    }
    for (let k = m.first - 1; k > Math.max(start, m.first - 14); k--) {
      // Another count stands between (a duration like "منذ 18 شهرا" does not).
      if (tokens[k].kind === 'n' && !measureWords.has(tokens[k + 1]?.text ?? '')) return null;
      if (!TOTAL_WORDS.has(tokens[k - 1].text)) continue;
      const hit = at(k);
      if (hit && hit.value.noun.kind !== 'object') {
        return { counted: classifyNoun(hit.value.noun, eventNear(this.doc, k, k), this.contexts.of(sent)), last: m.last };
      }
    }
    return null;
  }
}
