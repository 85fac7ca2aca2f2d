/** Words that may follow a number standing alone at the end of its phrase. */
import type { Doc } from './document';
import { cues } from './reporting-verbs';

const NUMBER_TAIL = new Set(
  (
    'في منذ من خلال حتي علي الي عن بينهم منهم بينهن منهن منها منهما بينها وفق وفقا بحسب حسب حسبما طبقا نقلا ' +
    'مقابل بعد قبل جراء نتيجه بسبب اثر عقب داخل خارج فقط تقريبا اليوم امس حاليا اخرين اخرون فيما بينما حيث ' +
    'كان كانت كانوا يكون يكونون ما لا لم ' +
    // A time the count was reached by: "نحو 377 ألفاً بنهاية 2021"، "93 ألفاً مساء الجمعة".
    'بنهايه نهايه بحلول مطلع منتصف اواخر مساء صباح فجر ظهر'
  ).split(' '),
);

/**
 * Nothing after the counted phrase is a noun of its own: "… إلى 50." or "… 906 منذ بدء
 * الهدنة", not "5 دول" (a noun this lexicon does not count, so the number counts that).
 */
export function endsBare(doc: Doc, first: number, last: number): boolean {
  const { tokens } = doc;
  const next = tokens[last + 1];
  if (!next || next.sent !== tokens[first].sent || next.kind !== 'w') return true;
  return NUMBER_TAIL.has(next.text) || next.text.startsWith('و') || cues.has(next.text) || dated(doc, last + 1);
}

/** "150 ألفاً عام 2013": عام before a year dates the count; it does not measure years. */
const YEAR_WORD = new Set(['عام', 'العام', 'سنه']);

export function dated(doc: Doc, k: number): boolean {
  const year = doc.tokens[k + 1];
  return YEAR_WORD.has(doc.tokens[k]?.text ?? '') && year?.kind === 'n' && /^(19|20)[0-9][0-9]$/.test(year.text);
}
