/**
 * The year a claim is set in: "وكانت فيضانات عام 2022 قد أودت بحياة 1700 شخص"، "كارثة ملعب
 * كانجوروهان في إندونيسيا عام 2022، التي أودت بحياة 135 شخصاً". A count given for another year
 * is another incident, even with the same figure. The year stands before the claim in its
 * sentence, or after it in the same clause: in "يقطن المخيم حالياً 70 ألف لاجئ، بعد أن تجاوز
 * عددهم 150 ألفاً عام 2013" only the second count is of 2013. A year after "منذ" or in a date
 * starts a running tally ("منذ عام 2014"، "منذ 7 أكتوبر 2023") and says nothing of the sort.
 */
import type { Doc } from './document';
import { CLAUSE_BREAKS } from './nearby-event';
import { MONTHS } from './nouns';

/** Words that set a year as the time of the events: عام 2022، في 2019، خلال 2020. */
const YEAR_OF = new Set(['عام', 'العام', 'لعام', 'سنه', 'السنه', 'في', 'خلال']);
/** Words that make a year the start of a running tally. */
const SINCE = new Set(['منذ', 'مطلع', 'بدايه', 'اوائل', 'اواخر', 'حتي']);
const SINCE_REACH = 4;

export interface YearAt {
  /** Token of the year. */
  at: number;
  year: number;
}

/** The years sentence `sent` sets events in, in text order. */
export function sentenceYears(doc: Doc, sent: number): YearAt[] {
  const { tokens, sentStart, sentEnd } = doc;
  const out: YearAt[] = [];
  for (let k = sentStart[sent]; k < sentEnd[sent]; k++) {
    const t = tokens[k];
    if (t.kind !== 'n' || !/^(19|20)[0-9][0-9]$/.test(t.text)) continue;
    const prev = tokens[k - 1]?.text ?? '';
    if (!YEAR_OF.has(prev) || MONTHS.has(prev)) continue;
    let since = false;
    for (let b = k - 2; b >= sentStart[sent] && b >= k - SINCE_REACH; b--) if (SINCE.has(tokens[b].text)) since = true;
    if (!since) out.push({ at: k, year: Number(t.text) });
  }
  return out;
}

/** The year of a claim at token `tok`, given the years of its sentence. */
export function eraAt(doc: Doc, years: readonly YearAt[], tok: number): number | null {
  for (const { at, year } of years) {
    if (at < tok) return year;
    let sameClause = true;
    for (let k = tok + 1; k < at && sameClause; k++) if (CLAUSE_BREAKS.has(doc.tokens[k].text)) sameClause = false;
    if (sameClause) return year;
  }
  return null;
}
