/** Numbers that label or date something rather than count it. */
import type { Doc } from './document';
import { MONTHS } from './nouns';
import type { NumberMatch } from './numbers';
import { Lexicon } from './word-forms';

/** Labels, not amounts: القرار 2334، الساعة 10، المادة 5، رقم 3. */
const LABEL_WORDS = new Lexicon(
  'ساعة قرار رقم مادة بند فقرة صفحة فصل دورة طريق لواء فرقة كتيبة حافلة رحلة عدد نسخة جولة مرحلة إصدار مبنى طابق'
    .split(' ')
    .map((w) => [w, true] as const),
  { clitics: true, definite: true },
);
/** Before a four-digit number these make it a year: عام 2020، منذ 2014، في 2023. */
const YEAR_WORDS = new Set('عام العام لعام بعام سنه السنه لسنه منذ في حتي خلال مطلع اواخر اوائل نهايه بدايه منتصف'.split(' '));
/** Letters written onto digits or just before them: بـ120، الـ40، و640. */
export const DIGIT_PREFIXES = new Set(['ب', 'ل', 'ال', 'و', 'ك', 'بال', 'لل', 'وب', 'ول', 'وال', 'ف']);
/** Digits joined by these are a date, a time or a range: 22/9/2023، 10:30، 5-10. */
const JOINERS = new Set(['/', ':', '-', '.']);

export function isYear(doc: Doc, m: NumberMatch): boolean {
  const t = doc.tokens[m.first];
  return m.plainDigits && t.text.length === 4 && m.value !== null && m.value >= 1900 && m.value <= 2100;
}

/** "واحد من كل خمسة أطفال": a ratio, not a count. */
function isRatio(doc: Doc, m: NumberMatch): boolean {
  const prev = doc.tokens[m.first - 1];
  return prev !== undefined && prev.sent === doc.tokens[m.first].sent && (prev.text === 'كل' || prev.text === 'لكل');
}

/** Years, dates, clock times, resolution and article numbers, phone numbers, ratios. */
export function isLabelOrDate(doc: Doc, m: NumberMatch): boolean {
  const { tokens } = doc;
  const t = tokens[m.first];
  if (isRatio(doc, m)) return true;
  if (t.kind !== 'n') return false;
  const sent = t.sent;
  let p = m.first - 1;
  if (tokens[p]?.sent === sent && DIGIT_PREFIXES.has(tokens[p].text) && tokens[p].end === t.start) p--;
  const prev = tokens[p]?.sent === sent ? tokens[p] : undefined;
  if (prev && (LABEL_WORDS.has(prev.text) || MONTHS.has(prev.text))) return true;
  const next = tokens[m.last + 1];
  const after = tokens[m.last + 2];
  if (next?.sent === sent && JOINERS.has(next.text) && after?.kind === 'n' && next.end === after.start) return true;
  const before = tokens[p - 1];
  if (prev && JOINERS.has(prev.text) && before?.kind === 'n' && prev.start === before.end) return true;
  if (m.plainDigits && t.text.length >= 7 && t.text.startsWith('0')) return true;
  return isYear(doc, m) && prev !== undefined && YEAR_WORDS.has(prev.text);
}
