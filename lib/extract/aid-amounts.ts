/**
 * Aid counted in measures and in what it can cover: "وزعت 2 مليون لتر من المياه" (litres are a
 * measure elsewhere), "أدوية تكفي لعلاج 10 آلاف مصاب" (not 10,000 injured, but care for as many),
 * and the share of an appeal that is funded.
 */
import type { Counting } from './counting-result';
import type { Doc } from './document';
import { eventNear, FOR_THINGS } from './nearby-event';
import type { NumberMatch } from './numbers';
import { leadIn } from './lead-in';
import { qualifierBefore } from './qualifiers';

const LITRES = new Set(['لتر', 'لترات', 'لترا']);
const CUBIC = new Set(['مكعب', 'مكعبا']);
const METRES = new Set(['متر', 'مترا', 'امتار']);
const FUEL = /^(ال)?(وقود|ديزل|سولار|بنزين|مازوت)$/;

/** Litres or cubic metres of water, counted as aid when the sentence speaks of aid. */
export function aidMeasure(doc: Doc, m: NumberMatch, aidSentence: boolean): Counting | null {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  const at = (k: number) => (tokens[k]?.sent === sent ? tokens[k].text : '');
  let last = -1;
  if (LITRES.has(at(m.last + 1))) last = m.last + 1;
  else if (METRES.has(at(m.last + 1)) && CUBIC.has(at(m.last + 2))) last = m.last + 2;
  if (last < 0) return null;
  const aid = aidSentence || eventNear(doc, m.first, last, FOR_THINGS)?.category === 'aid';
  if (!aid) return null;
  // "220 ألف لتر من الوقود": fuel, not water.
  const fuel = at(last + 1) === 'من' && FUEL.test(at(last + 2));
  return { counted: { counted: fuel ? 'litres of fuel' : 'litres of water', category: 'aid' }, last: fuel ? last + 2 : last };
}

/** "تكفي لعلاج"، "لتغطية احتياجات"، "تلبي حاجة": what the aid can cover. */
const COVERS = /^(و|ف)?(تكفي|يكفي|تكفيان|كافيه|كافيا|كاف|تغطي|يغطي|لتغطيه|تلبي|يلبي|لتلبيه|لسد|تسد|يسد)$/;
const REACH = 3;

/** The count stands a few words after a word of sufficiency: it measures aid, not harm. */
export function coversNeeds(doc: Doc, m: NumberMatch): boolean {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  const lead = leadIn(doc, m.first).phraseFrom;
  const from = qualifierBefore(tokens, lead)?.first ?? lead;
  for (let k = from - 1; k >= 0 && k >= from - REACH && tokens[k].sent === sent && tokens[k].kind === 'w'; k--) {
    if (COVERS.test(tokens[k].text)) return true;
  }
  return false;
}

/** The counting as aid capacity: "injured" becomes "injured (aid capacity)". */
export function asCapacity(counting: Counting): Counting {
  return { ...counting, counted: { counted: `${counting.counted.counted} (aid capacity)`, category: 'aid' } };
}

/** "لم تُمول إلا بنسبة 24%"، "ممولة بنسبة 16%": how much of an appeal or a plan is funded. */
const FUNDED = /^(و|ف)?(تمول|يمول|مول|مولت|ممول|مموله|ممولا|تمويل|بتمويل|التمويل|تمويلها|تمويله)$/;
const FUNDED_REACH = 4;

export function fundedShare(doc: Doc, m: NumberMatch): boolean {
  const { tokens } = doc;
  const sent = tokens[m.first].sent;
  const from = leadIn(doc, m.first).phraseFrom;
  for (let k = from - 1; k >= 0 && k >= from - FUNDED_REACH && tokens[k].sent === sent && tokens[k].kind === 'w'; k--) {
    if (FUNDED.test(tokens[k].text)) return true;
  }
  return false;
}
