/**
 * A noun no lexicon here lists, counted because the verb or verbal noun right before the number
 * says what befell it: "قتل 30 صياداً"، "دمر 12 برجاً"، "اعتقال 5 قياديين". With no such word
 * ("5 دول"، "3 طوابق") the number counts nothing this extractor reports.
 */
import type { Counted } from './categories';
import type { Doc } from './document';
import { events, type EventSense } from './events';
import { wordBefore } from './follow-on';
import { numberWords, vagueWords } from './number-words';
import { endsBare } from './number-tail';
import { measureWords, MONTHS, nouns } from './nouns';
import type { NumberMatch } from './numbers';
import { cues } from './reporting-verbs';

export interface UnknownCount {
  counted: Counted;
  sense: EventSense;
}

export function unknownNounCount(doc: Doc, m: NumberMatch): UnknownCount | null {
  const { tokens } = doc;
  const next = tokens[m.last + 1];
  if (m.value === null || !next || next.sent !== tokens[m.first].sent || next.kind !== 'w') return null;
  const w = next.text;
  if (endsBare(doc, m.first, m.last) || /^(و|ف)?(ال|لل)/.test(w) || w.length < 3) return null;
  if (nouns.find(w) || events.find(w) || cues.find(w) || numberWords.find(w) || vagueWords.find(w) || measureWords.has(w) || MONTHS.has(w)) return null;
  const verb = events.find(wordBefore(doc, m.first));
  if (!verb || verb.definite || verb.value.peopleOnly) return null;
  const sense = verb.value;
  // Things are destroyed, struck or taken; anything else befalls people.
  const counted = sense.toThings ? `things ${sense.participle}` : sense.alone;
  return { counted: { counted, category: sense.category }, sense };
}
