/** The event word nearest a counted phrase: what befell the people or things counted. */
import type { Doc } from './document';
import { events, senseOfLabel, type EventSense } from './events';
import { nouns } from './nouns';

export const CLAUSE_BREAKS = new Set(['،', ',', '؛', ';', ':']);
/** After a comma these keep the event of the clause before: "…، بينهم 3 أطفال". */
export const INCLUSIVE = new Set(['بينهم', 'بينهن', 'منهم', 'منهن', 'غالبيتهم', 'معظمهم', 'اغلبهم']);

/** A casualty noun tells what befell the rest too: "137 شهيداً بينهم 26 طفلاً". */
function nounSense(word: string): EventSense | null {
  const hit = nouns.find(word);
  return hit && hit.value.noun.kind === 'fixed' ? senseOfLabel(hit.value.noun.label) : null;
}

const senseOf = (word: string): EventSense | null => events.find(word)?.value ?? nounSense(word);

/**
 * Back to the start of the clause (or past "، بينهم") up to ten words, or up to five words after
 * the counted phrase ("10 أشخاص قتلوا"); the nearer wins, the one before on a tie.
 */
export function eventNear(doc: Doc, first: number, last: number): EventSense | null {
  const { tokens } = doc;
  const sent = tokens[first].sent;
  let before: EventSense | null = null;
  let beforeDist = Infinity;
  let words = 0;
  for (let k = first - 1; k >= doc.sentStart[sent] && words < 10; k--) {
    const t = tokens[k];
    if (t.kind === 'p') {
      if (!CLAUSE_BREAKS.has(t.text)) continue;
      const opener = tokens[k + 1]?.text ?? '';
      if (INCLUSIVE.has(opener) || (opener === 'من' && INCLUSIVE.has(tokens[k + 2]?.text ?? ''))) continue;
      break;
    }
    words++;
    const ev = t.kind === 'w' ? senseOf(t.text) : null;
    if (ev) {
      before = ev;
      beforeDist = words;
      break;
    }
  }
  words = 0;
  for (let k = last + 1; k < doc.sentEnd[sent] && words < 5 && words + 1 < beforeDist; k++) {
    const t = tokens[k];
    if (t.kind === 'n' || (t.kind === 'p' && CLAUSE_BREAKS.has(t.text))) break;
    if (t.kind !== 'w') continue;
    words++;
    const ev = senseOf(t.text);
    // "وأصيب …" after the counted phrase opens the next clause; it says nothing about this one.
    if (ev && t.text.startsWith('و')) break;
    if (ev) return ev;
  }
  return before;
}
