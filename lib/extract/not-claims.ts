/** Numbers that label or date something rather than count it. */
import type { Doc } from './document';
import { MONTHS, nouns } from './nouns';
import type { NumberMatch } from './numbers';
import { Lexicon } from './word-forms';

/** Labels, not amounts: القرار 2334، الساعة 10، المادة 5، رقم 3. */
const LABEL_WORDS = new Lexicon(
  'ساعة قرار رقم مادة بند فقرة صفحة فصل دورة طريق لواء فرقة كتيبة حافلة رحلة عدد نسخة جولة مرحلة إصدار مبنى طابق'
    .split(' ')
    .map((w) => [w, true] as const),
  { clitics: true, definite: true },
);
/** "الرقم المجاني 1800222333"، "الخط الساخن 1214"، "رقم الطوارئ الموحد 112": a line's name between it and its number. */
const LINE_WORDS = new Lexicon(
  'رقم خط هاتف'.split(' ').map((w) => [w, true] as const),
  { clitics: true, definite: true },
);
const LINE_KINDS = new Set('المجاني المجانيه الساخن الموحد المختصر الهاتفي الاخضر المباشر الطوارئ للطوارئ'.split(' '));
/** Before a four-digit number these make it a year: عام 2020، منذ 2014، في 2023. */
const YEAR_WORDS = new Set('عام العام لعام بعام سنه السنه لسنه منذ في حتي خلال مطلع اواخر اوائل نهايه بدايه منتصف'.split(' '));
/** Verbs of being and reaching before "العدد": كان، بلغ، وصل، ارتفع. */
const REACHED = /^[وفل]?(كان|يكون|بلغ|يبلغ|تبلغ|وصل|يصل|ارتفع|يرتفع|اصبح|يصبح|صار|يصير)$/;
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

/** A noun the number counts stands right after it: "58 خرقاً". */
function countedAfter(doc: Doc, m: NumberMatch): boolean {
  const next = doc.tokens[m.last + 1];
  return !isYear(doc, m) && next !== undefined && next.sent === doc.tokens[m.first].sent && next.kind === 'w' && nouns.find(next.text)?.prefix === '';
}

/** A phone line named before its kind: "الرقم" in "الرقم المجاني"، "الخط" in "خط الطوارئ الساخن". */
function isLineName(doc: Doc, at: number, sent: number): boolean {
  for (let b = at; b >= at - 1 && b >= 0; b--) {
    const t = doc.tokens[b];
    if (t.sent !== sent) return false;
    if (LINE_WORDS.has(t.text)) return true;
    if (!LINE_KINDS.has(t.text)) return false;
  }
  return false;
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
  let prev = tokens[p]?.sent === sent ? tokens[p] : undefined;
  // "في يونيو (حزيران) 2024": the month's other name in brackets stands between month and year.
  if (prev?.text === ')' && tokens[p - 2]?.text === '(' && tokens[p - 2].sent === sent && MONTHS.has(tokens[p - 1].text)) prev = tokens[--p];
  // "شباط/فبراير 2024" is a date; "منذ بداية شباط/فبراير 58 خرقاً" counts after the month.
  // "وكان العدد 93 ألفاً"، "ثم بلغ العدد 6.650": the count reached, not an issue number.
  const reached = prev?.text === 'العدد' && REACHED.test(tokens[p - 1]?.sent === sent ? tokens[p - 1].text : '');
  // "منذ أبريل/نيسان 108": after a month, a number no day or year can be is a count.
  const dayOrYear = m.value === null || m.value <= 31 || (m.value >= 1900 && m.value <= 2100);
  if (prev && !reached && (LABEL_WORDS.has(prev.text) || (MONTHS.has(prev.text) && !countedAfter(doc, m) && dayOrYear))) return true;
  if (prev && LINE_KINDS.has(prev.text) && m.plainDigits && isLineName(doc, p - 1, sent)) return true;
  const next = tokens[m.last + 1];
  const after = tokens[m.last + 2];
  if (next?.sent === sent && JOINERS.has(next.text) && after?.kind === 'n' && next.end === after.start) return true;
  const before = tokens[p - 1];
  if (prev && JOINERS.has(prev.text) && before?.kind === 'n' && prev.start === before.end) return true;
  if (m.plainDigits && t.text.length >= 7 && t.text.startsWith('0')) return true;
  // "حتى تاريخ 11 من الشهر الجاري": a day of the month.
  if (m.value !== null && m.value <= 31 && next?.text === 'من' && after?.sent === sent && /^(ال)?شهر$/.test(after.text)) return true;
  return isYear(doc, m) && prev !== undefined && YEAR_WORDS.has(prev.text);
}
