/**
 * The phrase that names a source: the subject after a reporting verb (stopping at time words,
 * "في بيان", "إن/أن", an audience, punctuation), a short subject before it, or a quoted name.
 */
import { spanOf, type Doc } from './document';
import { events } from './events';
import { numberWords, vagueWords } from './number-words';
import { QUANTITY_NOUNS } from './numbers';
import { cueAt } from './reporting-verbs';
import {
  CLAUSE_OPENERS,
  isAddressee,
  ISSUED,
  isWrapper,
  NOT_SUBJECT_START,
  OBJECT_MASDARS,
  ON_WHAT,
  SETTING_NOUNS,
  SUBJECT_STOPS,
  TIME_WORDS,
} from './source-words';

/** [first token, end token (exclusive), clitic letters to skip]; skip -1: only wrapper words ("حصيلة"). */
export type NounPhrase = [number, number, number];

/**
 * The subject from token j. `transmit`: stop at عن (نقلت X عن Y). `lam`: the ل on the first word
 * belongs to the cue (وفقاً لوزارة الصحة).
 */
export function subjectAfter(doc: Doc, j: number, transmit: boolean, lam = false): NounPhrase | null {
  const { tokens } = doc;
  const sent = tokens[j]?.sent;
  if (sent === undefined || tokens[j - 1]?.sent !== sent) return null;
  const quoted = quotedName(doc, j);
  if (quoted) return quoted;
  let k = j;
  while (k < tokens.length && k - j < 12) {
    const t = tokens[k];
    if (t.sent !== sent) break;
    // منظمة "أنقذوا الأطفال" إن: a quoted name finishes the subject.
    if (k > j && quotedName(doc, k)) {
      k = doc.closeOf[k] + 1;
      break;
    }
    if (t.kind !== 'w' || endsSubject(doc, k, j, transmit)) break;
    k++;
  }
  if (k === j) return null;
  let first = j;
  while (first < k && isWrapper(tokens[first].text)) first++;
  if (first === k) return [j, k, -1];
  const head = tokens[first].text;
  // Strip "حصيلة/بيان/بيانات" only before whose they are: عن X، لـX، الأمم المتحدة ("تقرير أممي" stays).
  if (first > j && tokens[first - 1].text !== 'عن' && !head.startsWith('ال') && !head.startsWith('ل')) first = j;
  const lead = tokens[first].text;
  const skip = (first > j || lam) && lead.startsWith('ل') && !lead.startsWith('لل') ? 1 : 0;
  return [first, k, skip];
}

/** «أطباء بلا حدود» قالت إن / قالت "حماس" في بيان: a short quoted name followed by what ends a subject. */
export function quotedName(doc: Doc, j: number): NounPhrase | null {
  const { tokens, closeOf } = doc;
  const close = closeOf[j];
  if (close < 0 || close - j - 1 < 1 || close - j - 1 > 5) return null;
  for (let k = j + 1; k < close; k++) if (tokens[k].kind !== 'w') return null;
  const after = tokens[close + 1];
  if (!after || after.sent !== tokens[j].sent || after.kind !== 'w') return null;
  const next = tokens[close + 2]?.text ?? '';
  const ends =
    SUBJECT_STOPS.has(after.text) ||
    TIME_WORDS.has(after.text) ||
    (after.text === 'في' && SETTING_NOUNS.has(next)) ||
    isAddressee(after.text);
  return ends ? [j + 1, close, 0] : null;
}

function endsSubject(doc: Doc, k: number, first: number, transmit: boolean): boolean {
  const { tokens } = doc;
  const w = tokens[k].text;
  const next = tokens[k + 1]?.sent === tokens[k].sent ? tokens[k + 1].text : '';
  if (SUBJECT_STOPS.has(w) || TIME_WORDS.has(w) || OBJECT_MASDARS.has(w)) return true;
  if (w === 'في') return SETTING_NOUNS.has(next) || TIME_WORDS.has(next);
  if (w === 'علي') return k === first || next.startsWith('ال') || ON_WHAT.has(next);
  if (w === 'عن') {
    if (transmit || k === first) return true;
    if (ISSUED.has(tokens[k - 1].text)) return false;
    return events.find(next) !== null || tokens[k + 1]?.kind === 'n';
  }
  if (isAddressee(w)) return true;
  if (k > first && cueAt(doc, k)) return true;
  const ev = events.find(w);
  if (ev && !ev.definite && ev.value.harm) return true;
  const num = numberWords.find(w);
  if (num && num.value.value >= 2) return true;
  return vagueWords.find(w) !== null || QUANTITY_NOUNS.find(w) !== null;
}

/** "رئيس الوزراء الأرميني أعلن": a short subject between the clause start and the verb. */
export function subjectBefore(doc: Doc, i: number): NounPhrase | null {
  const { tokens } = doc;
  const sent = tokens[i].sent;
  let k = i - 1;
  while (k >= 0 && i - k <= 6) {
    const t = tokens[k];
    if (t.sent !== sent || t.kind !== 'w' || CLAUSE_OPENERS.has(t.text) || cueAt(doc, k)) break;
    if (numberWords.find(t.text) || events.find(t.text)?.value.harm) return null;
    k--;
  }
  const first = k + 1;
  if (first === i || i - first > 5) return null;
  const head = tokens[first].text;
  const conj = head.startsWith('و') || head.startsWith('ف');
  if (NOT_SUBJECT_START.has(head) || (conj && NOT_SUBJECT_START.has(head.slice(1))) || TIME_WORDS.has(head)) return null;
  return [first, i, conj && head.length > 3 ? 1 : 0];
}

/** The source as written: original characters, blanks collapsed, invisible marks dropped. */
export function renderSource(doc: Doc, [first, end, skip]: NounPhrase): string {
  const { tokens, original } = doc;
  // "بيان للأمم المتحدة": ل + ال is written لل; the source is الأمم المتحدة.
  const lam = skip === 0 && first > 0 && tokens[first].text.startsWith('لل') && isWrapper(tokens[first - 1].text);
  const [s, e] = spanOf(doc, first, end - 1, lam ? 2 : skip);
  const text = original
    .slice(s, e)
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return lam ? `ال${text}` : text;
}
