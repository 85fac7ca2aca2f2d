/**
 * The year a sentence sets its events in: "وكانت فيضانات عام 2022 قد أودت بحياة 1700 شخص"،
 * "كارثة ملعب كانجوروهان في إندونيسيا عام 2022". A count given for another year is another
 * incident, even with the same figure. A year after "منذ" or in a date starts a running tally
 * ("منذ عام 2014"، "منذ 7 أكتوبر 2023") and says nothing of the sort.
 */
import type { Doc } from './document';
import { MONTHS } from './nouns';

/** Words that set a year as the time of the events: عام 2022، في 2019، خلال 2020. */
const YEAR_OF = new Set(['عام', 'العام', 'لعام', 'سنه', 'السنه', 'في', 'خلال']);
/** Words that make a year the start of a running tally. */
const SINCE = new Set(['منذ', 'مطلع', 'بدايه', 'اوائل', 'اواخر', 'حتي']);
const SINCE_REACH = 4;

export function sentenceEra(doc: Doc, sent: number): number | null {
  const { tokens, sentStart, sentEnd } = doc;
  for (let k = sentStart[sent]; k < sentEnd[sent]; k++) {
    const t = tokens[k];
    if (t.kind !== 'n' || !/^(19|20)[0-9][0-9]$/.test(t.text)) continue;
    const prev = tokens[k - 1]?.text ?? '';
    if (!YEAR_OF.has(prev) || MONTHS.has(prev)) continue;
    let since = false;
    for (let b = k - 2; b >= sentStart[sent] && b >= k - SINCE_REACH; b--) if (SINCE.has(tokens[b].text)) since = true;
    if (!since) return Number(t.text);
  }
  return null;
}
