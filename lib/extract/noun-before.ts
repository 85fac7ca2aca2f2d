/**
 * A count whose noun stands before the number: "جثث 11 شخصا" (bodies), "ارتفع عدد القتلى
 * إلى 50" (a toll word and its noun), "والإصابات 1,246" (a list of tolls), "الرقم قد يصل إلى
 * 150 ألفا" (the figure given just before).
 */
import { classifyNoun } from './categories';
import type { Contexts } from './contexts';
import type { Counting, Previous } from './counting-result';
import type { Doc } from './document';
import { senseOfLabel } from './events';
import { rangeStartOf } from './follow-on';
import { CLAUSE_BREAKS, eventNear, FOR_THINGS } from './nearby-event';
import { measureWords, MONTHS, nouns, possessedNoun } from './nouns';
import { isYear } from './not-claims';
import { endsBare } from './number-tail';
import type { NumberMatch } from './numbers';
import { tableLabelOf } from './table-lines';
import { Lexicon } from './word-forms';

const TOTAL_WORDS = new Lexicon(
  // "ناهز أعداد الغرقى … نحو 950": the plural too.
  ['عدد', 'أعداد', 'حصيلة', 'إجمالي', 'مجموع'].map((w) => [w, true] as const),
  { clitics: true, definite: true },
);
/** إلى: the figure a toll reaches. */
const TO = new Set(['إلى', 'الى', 'إلي', 'الي']);
/** How many words back a toll word may stand: "ارتفع عدد الخروقات منذ … في 5 مارس 2020 إلى 17 ألفا". */
const TOTAL_REACH = 20;
/** "الرقم"، "الحصيلة" with no noun of their own: the figure given just before. */
const ANAPHORS = new Set(['الرقم', 'الحصيله', 'العدد', 'الاجمالي', 'الحصيلتان']);
/** How many words before the number "الحصيلة" may stand: "الحصيلة المؤقتة تشير إلى 56". */
const FIGURE_REACH = 5;
/** Words that govern the noun after them: demonstratives and prepositions. */
const GOVERNING = new Set(['هذه', 'هذا', 'هذين', 'هاتين', 'تلك', 'ذلك', 'جراء', 'بسبب', 'من', 'في', 'عن', 'علي', 'الي', 'بين', 'ضد']);

export class CountedBefore {
  constructor(
    private readonly doc: Doc,
    private readonly contexts: Contexts,
  ) {}

  /** "جثث 11 شخصا"، "جثامين 501 جندي": the noun before the number says what is counted. */
  construct(m: NumberMatch): Counting | null {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const prev = tokens[m.first - 1];
    if (!prev || prev.sent !== sent || prev.kind !== 'w') return null;
    const hit = nouns.find(prev.text);
    if (!hit || !hit.value.noun.construct || hit.definite || (hit.prefix !== '' && hit.prefix !== 'و')) return null;
    const next = tokens[m.last + 1];
    const own = next?.sent === sent && next.kind === 'w' ? nouns.find(next.text) : null;
    const last = own && !own.definite && own.prefix === '' ? m.last + 1 : m.last;
    return { counted: classifyNoun(hit.value.noun, null, this.contexts.of(sent)), last, sense: senseOfLabel('killed') };
  }

  /**
   * "القتلى: 112 على الأقل"، "الأسيرات ........ 80": a table line's label says what its figure
   * counts; a toll word in it ("العاملون الإنسانيون القتلى") says what befell them.
   */
  tableLine(m: NumberMatch): Counting | null {
    if (m.value === null || isYear(this.doc, m)) return null;
    const label = tableLabelOf(this.doc, m.first);
    if (!label) return null;
    const { tokens } = this.doc;
    // "آخر تحديث: 14:52"، "نُشر في: 14/08/2024": a clock time or a date, not a figure.
    const after = tokens[m.last + 1];
    if (after && (after.text === ':' || after.text === '/') && tokens[m.last + 2]?.kind === 'n') return null;
    let noun = null;
    for (let k = label.from; k <= label.to; k++) {
      const hit = tokens[k].kind === 'w' ? nouns.find(tokens[k].text) : null;
      if (!hit || hit.value.noun.generic) continue;
      if (hit.value.noun.kind === 'fixed') {
        noun = hit.value.noun;
        break;
      }
      noun ??= hit.value.noun;
    }
    if (!noun) return null;
    const event = noun.kind === 'fixed' ? null : eventNear(this.doc, label.from, label.to);
    if (noun.needsEvent && !event) return null;
    const sent = tokens[m.first].sent;
    return { counted: classifyNoun(noun, event, this.contexts.of(sent)), last: m.last, sense: senseOfLabel(noun.label) ?? event, people: noun.kind === 'people' || noun.kind === 'fixed', restates: true };
  }

  /** "ارتفع عدد القتلى إلى 50", "والإصابات 1,246": the noun came first. */
  toll(m: NumberMatch, last: number, previous: Previous | null): Counting | null {
    if (m.value === null || isYear(this.doc, m) || !endsBare(this.doc, m.first, last)) return null;
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    const start = this.doc.sentStart[sent];
    const at = (k: number) => nouns.find(tokens[k].text);
    // "والإصابات 1,246": a list of tolls; not "جراء هذه الخروقات 1.412", where the noun is governed.
    const adjacent = m.first - 1 >= start && !GOVERNING.has(tokens[m.first - 2]?.text ?? '') ? at(m.first - 1) : null;
    if (adjacent?.definite && adjacent.value.noun.kind === 'fixed') {
      const noun = adjacent.value.noun;
      return { counted: classifyNoun(noun, null, this.contexts.of(sent)), last: m.last, sense: senseOfLabel(noun.label) };
    }
    // "ارتفاع عدد القتلى إلى 1541 والجرحى إلى 9733": a second toll word after و takes up "عدد … إلى".
    const reached = TO.has(tokens[m.first - 1]?.text ?? '') && tokens[m.first - 1].sent === sent ? at(m.first - 2) : null;
    if (reached?.definite && reached.prefix.startsWith('و') && reached.value.noun.kind === 'fixed' && tokens[m.first - 2].sent === sent) {
      const noun = reached.value.noun;
      return { counted: classifyNoun(noun, null, this.contexts.of(sent)), last: m.last, sense: senseOfLabel(noun.label) };
    }
    let words = 0;
    // "بما بين 10 آلاف و15 ألف شخص": look back from the low end of a range.
    const low = rangeStartOf(this.doc, m);
    for (let k = (low >= 0 ? low : m.first) - 1; k > start && words < TOTAL_REACH; k--) {
      if (tokens[k].kind !== 'p') words++;
      // Another count stands between (a duration like "منذ 18 شهرا" or a date does not).
      if (tokens[k].kind === 'n' && !this.datesOrMeasures(k)) return null;
      if (ANAPHORS.has(tokens[k].text) && !nouns.find(tokens[k + 1]?.text ?? '')) return this.restated(m, previous);
      if (!TOTAL_WORDS.has(tokens[k - 1].text)) continue;
      // "عدد سكانه"، "عدد ضحاياها": the toll word's noun may carry a possessive.
      const noun = at(k)?.value.noun ?? possessedNoun(tokens[k].text);
      // "وعدد المباني المدمرة بلغ 2834": things count with what befell them said beside them.
      const befell = noun?.kind === 'object' ? eventNear(this.doc, k, k, FOR_THINGS) : null;
      if (noun && (noun.kind !== 'object' || befell)) {
        const event = eventNear(this.doc, k, k);
        return { counted: classifyNoun(noun, event, this.contexts.of(sent)), last: m.last, sense: senseOfLabel(noun.label) ?? event };
      }
    }
    return null;
  }

  /**
   * "الحصيلة المؤقتة تشير إلى 56 حالة وفاة"، "ليصل العدد إلى 50": the toll or the figure named a
   * few words before the number, in its clause; such a number gives a figure again.
   */
  namesFigure(m: NumberMatch): boolean {
    const { tokens } = this.doc;
    const sent = tokens[m.first].sent;
    // "حصيلة الـ2445 قتيلاً": the article on digits points at a figure already given.
    const prev = tokens[m.first - 1];
    if (prev && prev.sent === sent && prev.text === 'ال' && prev.end === tokens[m.first].start && tokens[m.first].kind === 'n') return true;
    for (let k = m.first - 1, words = 0; k >= 0 && words < FIGURE_REACH && tokens[k].sent === sent; k--) {
      const t = tokens[k];
      if (t.kind === 'n' || CLAUSE_BREAKS.has(t.text)) return false;
      if (t.kind !== 'w') continue;
      if (ANAPHORS.has(t.text)) return true;
      words++;
    }
    return false;
  }

  /** "… وقد يصل الرقم إلى 150 ألفا": the figure restates the count before it in the paragraph. */
  private restated(m: NumberMatch, p: Previous | null): Counting | null {
    const { paraOf, tokens } = this.doc;
    // "المذيع: … قد يصل العدد إلى 150 ألفاً": in the paragraph or the one just before.
    const gap = paraOf[tokens[m.first].sent] - paraOf[p?.sent ?? 0];
    if (!p || p.last >= m.first || gap < 0 || gap > 1) return null;
    return { counted: p.counting.counted, last: m.last, sense: p.counting.sense };
  }

  /** Digits at token k that measure or date something: "18 شهرا"، "5 مارس"، "(آذار) 2020". */
  private datesOrMeasures(k: number): boolean {
    const { tokens } = this.doc;
    const next = tokens[k + 1]?.text ?? '';
    if (measureWords.has(next) || MONTHS.has(next)) return true;
    const t = tokens[k].text;
    return /^(19|20)[0-9][0-9]$/.test(t);
  }
}
