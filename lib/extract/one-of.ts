/**
 * "One of them": أحد الأطباء، إحدى النساء، أحدهم. A count of one when something befell that one
 * ("لقي أحد الأطباء حتفه"، "توفي أحدهم لاحقا"), not when it only picks a speaker ("قال أحد
 * السكان") or a rank ("أحد أعلى المعدلات").
 */
import type { Doc } from './document';
import { events } from './events';
import { nouns, type Noun } from './nouns';
import { cueAt } from './reporting-verbs';

const ONE_OF = new Set(['احد', 'احدي']);
const ONE_OF_THEM = new Set(['احدهم', 'احدهما', 'احداهن', 'احداهما', 'احدهن']);
const CLITICS = /^(و|ف)?/;

export interface OneOf {
  /** The group named after أحد, or null for a pronoun (أحدهم). */
  noun: Noun | null;
  skip: number;
  last: number;
}

export function oneOfAt(doc: Doc, i: number): OneOf | null {
  const { tokens } = doc;
  const t = tokens[i];
  if (t.kind !== 'w') return null;
  const skip = CLITICS.exec(t.text)![0].length;
  const core = t.text.slice(skip);
  const prev = tokens[i - 1];
  if (prev && prev.sent === t.sent && cueAt(doc, i - 1)) return null;
  if (ONE_OF_THEM.has(core)) {
    const near = [tokens[i - 1], tokens[i + 1]].some((n) => n && n.sent === t.sent && n.kind === 'w' && events.has(n.text));
    return near ? { noun: null, skip, last: i } : null;
  }
  if (!ONE_OF.has(core)) return null;
  const next = tokens[i + 1];
  if (!next || next.sent !== t.sent) return null;
  const hit = nouns.find(next.text);
  if (!hit || !hit.definite || (hit.value.noun.kind !== 'people' && hit.value.noun.kind !== 'fixed')) return null;
  return { noun: hit.value.noun, skip, last: i + 1 };
}
