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

/** A verb that agrees with people (قتلوا، يعانون، اختطفن) or with things (دُمّرت). */
const HUMAN_PLURAL_VERB = /(وا|ون|ن)$/;
const THING_VERB = /ت$/;

/**
 * "40 حطاباً قتلوا"، "12 برجاً دُمّرت": the verb right after the noun (or after one adjective)
 * says what befell it; its agreement says whether the noun names people or things.
 */
function verbAfter(doc: Doc, k: number): EventSense | null {
  const { tokens } = doc;
  for (const at of [k, k + 1]) {
    const t = tokens[at];
    if (!t || t.sent !== tokens[k - 1].sent || t.kind !== 'w') return null;
    const hit = events.find(t.text);
    if (!hit) continue;
    if (hit.definite || hit.prefix !== '') return null;
    const sense = hit.value;
    if (HUMAN_PLURAL_VERB.test(t.text) && !sense.toThings && !sense.thingsOnly) return sense;
    if (THING_VERB.test(t.text) && sense.toThings) return sense;
    return null;
  }
  return null;
}

/**
 * `joined`: the event of the count this one is joined to by "و" ("استولوا على 12 آلية و3 مدافع"),
 * which a noun with no verb of its own shares.
 */
export function unknownNounCount(doc: Doc, m: NumberMatch, joined: EventSense | null = null): UnknownCount | null {
  const { tokens } = doc;
  const next = tokens[m.last + 1];
  if (m.value === null || !next || next.sent !== tokens[m.first].sent || next.kind !== 'w') return null;
  const w = next.text;
  if (endsBare(doc, m.first, m.last) || /^(و|ف)?(ال|لل)/.test(w) || w.length < 3) return null;
  if (nouns.find(w) || events.find(w) || cues.find(w) || numberWords.find(w) || vagueWords.find(w) || measureWords.has(w) || MONTHS.has(w)) return null;
  const verb = events.find(wordBefore(doc, m.first));
  const sense = verb && !verb.definite && !verb.value.peopleOnly ? verb.value : (verbAfter(doc, m.last + 2) ?? joined);
  if (!sense) return null;
  // Things are destroyed, struck or taken; anything else befalls people.
  const counted = sense.toThings ? `things ${sense.participle}` : sense.alone;
  return { counted: { counted, category: sense.category }, sense };
}
