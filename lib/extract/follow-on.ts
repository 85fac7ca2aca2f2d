/**
 * Counts that lean on the count before them in the sentence: the low end of a range
 * ("بين 800 و1200 عائد"), a share ("569 منهم"), an enumeration ("بينهم 4 أطفال") and a
 * breakdown with the noun left out ("15 مسيرة فوق كورسك، و11 فوق بيلغورود").
 */
import type { Doc } from './document';
import { INCLUSIVE } from './nearby-event';
import { isYear } from './not-claims';
import { numberWords } from './number-words';
import { Lexicon } from './word-forms';
import { parseNumberAt, type NumberMatch } from './numbers';
import { qualifierBefore } from './qualifiers';
import { leadIn } from './lead-in';

/** "569 منهم"، "1100 منها": a share of what was just counted. */
export const PARTITIVES = new Set(['منهم', 'منهن', 'منها', 'منهما']);
/** "بينها 7 في اللاذقية": an enumeration of things. */
const INCLUSIVE_THINGS = new Set(['بينها', 'منها', 'بينهما']);
/** What may follow a count whose noun was left out: a place, a clause break, the end. */
const ELLIPSIS_NEXT = new Set(
  'في فوق علي داخل خارج قرب بالقرب قبالة عند لدي ضد شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ب من منذ خلال'.split(' '),
);
const ELLIPSIS_PUNCT = new Set(['،', ',', '.', '؛', ')']);
/** How far back (in tokens) the count a breakdown continues may stand. */
const REACH = 30;
/** Scale words a range's low end may share: ألف، آلاف، مليون، ملايين. */
const SCALES = new Lexicon(
  [
    ['الف', { value: 1e3 }],
    ['الفا', { value: 1e3 }],
    ['الاف', { value: 1e3 }],
    ['مليون', { value: 1e6 }],
    ['ملايين', { value: 1e6 }],
    ['مليار', { value: 1e9 }],
    ['مليارات', { value: 1e9 }],
  ] as const,
);
/** "بين 800 و1200"، "ما بين"، "من 100 إلى 120"، with و before the opener: "ومن 5 إلى 6". */
const RANGE_OPEN = new Set(['بين', 'من', 'وبين', 'ومن']);
const RANGE_JOIN = new Set(['و', 'الي']);

/** The word before the number, through its qualifier: "بينهم نحو 30" → بينهم. */
export function wordBefore(doc: Doc, first: number): string {
  const { tokens } = doc;
  const from = leadIn(doc, first).phraseFrom;
  const q = qualifierBefore(tokens, from);
  const k = (q ? q.first : from) - 1;
  return tokens[k]?.sent === tokens[first].sent && tokens[k].kind === 'w' ? tokens[k].text : '';
}

/**
 * "بينهم 4 أطفال"، "ومن بينهم 3"، "بينها 7 في حلب": the count enumerates the one before it.
 * `people`: only "بينهم"/"منهم", which stand for people ("منها 512 حالة" may refer to anything).
 */
export function enumerates(doc: Doc, first: number, people = false): boolean {
  const w = wordBefore(doc, first);
  return INCLUSIVE.has(w) || (!people && INCLUSIVE_THINGS.has(w));
}

/** "569 منهم": a share of what was just counted. */
export function isPartitive(doc: Doc, k: number, sent: number): boolean {
  const t = doc.tokens[k];
  return t !== undefined && t.sent === sent && PARTITIVES.has(t.text);
}

const PREPOSITIONS = new Set(['في', 'علي', 'الي', 'من', 'ب', 'ل', 'عن', 'مع']);

/** The count at token `first` is the object of a preposition: "في 3 سيارات"، "بـ84 مسيرة". */
function governed(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  const lead = leadIn(doc, first).phraseFrom;
  const q = qualifierBefore(tokens, lead);
  const prev = tokens[(q ? q.first : lead) - 1];
  if (prev && prev.sent === tokens[first].sent && PREPOSITIONS.has(prev.text)) return true;
  // بـ84 (the letter written onto the digits) or بثلاثة (onto the word).
  if (lead < first) return /^(و?[بل]|بال|لل)$/.test(tokens[lead].text);
  const t = tokens[first];
  return t.kind === 'w' && q === null && prefixedNumber(t.text);
}

function prefixedNumber(word: string): boolean {
  return numberWords.find(word)?.prefix === word[0];
}

/** "، أي نحو 70% من السكان،"، "، أي ما يعادل 90%": the count restates the one before it. */
export function restates(doc: Doc, first: number): boolean {
  const { tokens } = doc;
  const sent = tokens[first].sent;
  for (let k = leadIn(doc, first).phraseFrom - 1; k >= 0 && k >= first - 5 && tokens[k].sent === sent; k--) {
    if (tokens[k].text === 'اي') return tokens[k - 1]?.text === '،' || tokens[k - 1]?.text === ',';
    if (tokens[k].kind !== 'w') return false;
  }
  return false;
}

/**
 * The value of the low end, which may share the scale of the high end: "بين 10 و15 ألفا" is
 * 10,000 to 15,000.
 */
export function rangeStart(doc: Doc, m: NumberMatch, high: NumberMatch): number {
  const scale = SCALES.find(doc.tokens[high.last].text);
  if (!scale || m.value === null || high.value === null || m.last !== m.first || doc.tokens[m.first].kind !== 'n') return m.value ?? 0;
  const base = high.value / scale.value.value;
  return m.value < base ? m.value * scale.value.value : m.value;
}

/**
 * The high end after the low end m: past "و"/"إلى" written apart ("بين 800 و1200") or with و
 * glued onto a number word ("ما بين ألف وألف وخمسمائة").
 */
function highAfter(doc: Doc, m: NumberMatch): NumberMatch | null {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  const join = tokens[m.last + 1];
  if (!join || join.sent !== sent) return null;
  if (RANGE_JOIN.has(join.text)) return tokens[m.last + 2]?.sent === sent ? parseNumberAt(tokens, m.last + 2) : null;
  if (join.kind !== 'w' || !join.text.startsWith('و')) return null;
  const high = parseNumberAt(tokens, m.last + 1);
  return high && high.prefixLen === 1 ? high : null;
}

/** The high end of a range when m is its low end: "ما بين 1500 و2000"، "من 100 إلى 120". */
export function rangeEnd(doc: Doc, m: NumberMatch): NumberMatch | null {
  const { tokens } = doc;
  const opener = tokens[leadIn(doc, m.first).phraseFrom - 1];
  if (!opener || opener.sent !== tokens[m.first].sent || !RANGE_OPEN.has(opener.text)) return null;
  const high = highAfter(doc, m);
  return high && high.value !== null && m.value !== null && high.value > m.value ? high : null;
}

/** The first token of the low end of the range that m closes, or -1 if m closes none. */
export function rangeStartOf(doc: Doc, m: NumberMatch): number {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  for (let k = m.first - 1; k >= 0 && k >= m.first - 5 && tokens[k].sent === sent; k--) {
    if (tokens[k].kind === 'p') continue;
    const low = parseNumberAt(tokens, k);
    if (!low || low.last >= m.first) continue;
    const high = rangeEnd(doc, low);
    if (high && high.first === m.first) return k;
  }
  return -1;
}

/** The high end of a range: the number after "و"/"إلى" (or with و glued on) that closes "بين N و…". */
export function isRangeEnd(doc: Doc, m: NumberMatch): boolean {
  const { tokens } = doc;
  const t = tokens[m.first];
  const join = tokens[m.first - 1];
  const glued = t.kind === 'w' && m.prefixLen === 1 && t.text.startsWith('و');
  if (!glued && !(join && join.sent === t.sent && RANGE_JOIN.has(join.text))) return false;
  return rangeStartOf(doc, m) >= 0;
}

/**
 * "و11 فوق بيلغورود"، "بينها 7 في اللاذقية": a count joined to the one before by "و" or an
 * enumeration, with no noun and a place or a clause break after it, counts the same thing.
 */
export function continuesBreakdown(doc: Doc, m: NumberMatch, previous: { first: number; last: number }): boolean {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  if (m.value === null || isYear(doc, m) || m.first - previous.last > REACH) return false;
  // "وصل في 3 سيارات، و2 في طائرة": a count inside a prepositional phrase heads no breakdown.
  if (governed(doc, previous.first)) return false;
  const before = tokens[m.first - 1];
  const joined =
    (before?.sent === sent && before.text === 'و') || (m.prefixLen === 1 && tokens[m.first].text.startsWith('و')) || enumerates(doc, m.first);
  if (!joined) return false;
  const next = tokens[m.last + 1];
  if (!next || next.sent !== sent || next.text === '\n') return true;
  if (next.kind === 'p') return ELLIPSIS_PUNCT.has(next.text);
  return ELLIPSIS_NEXT.has(next.text);
}
