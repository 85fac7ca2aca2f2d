/**
 * A count written after its noun with the article on both: "المهاجمين الخمسة"، "الأطفال
 * الأربعة". The number agrees with a definite plural the way an adjective does.
 */
import type { Doc } from './document';
import { numberWords } from './number-words';
import { nouns, type Noun } from './nouns';

export interface DefiniteCount {
  noun: Noun;
  value: number;
  /** The noun's token and the clitic letters before its article (والأطفال). */
  nounAt: number;
  skip: number;
}

/** At token i, "الخمسة" after a definite noun of people. Two is a dual, and "الاثنين" is Monday. */
export function definiteCountAt(doc: Doc, i: number): DefiniteCount | null {
  const { tokens } = doc;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (t.kind !== 'w' || !t.text.startsWith('ال') || !prev || prev.sent !== t.sent || prev.kind !== 'w') return null;
  const nw = numberWords.exact(t.text.slice(2));
  if (!nw || (nw.kind !== 'unit' && nw.kind !== 'ten') || nw.teenOnly || nw.value < 3) return null;
  const hit = nouns.find(prev.text);
  if (!hit || !hit.definite) return null;
  const { noun } = hit.value;
  if (noun.kind !== 'people' && noun.kind !== 'fixed') return null;
  return { noun, value: nw.value, nounAt: i - 1, skip: hit.prefix.length - (hit.prefix.endsWith('لل') ? 1 : 2) };
}
