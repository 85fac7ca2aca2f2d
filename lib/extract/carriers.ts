/**
 * Boats and vehicles named only by the preposition that carried people: "وصل 41 ألف مهاجر عبر
 * 774 قارباً"، "كانوا على متن 3 قوارب". With no verb of their own they count what carried the
 * people just counted.
 */
import type { Doc } from './document';
import type { EventSense } from './events';
import { wordBefore } from './follow-on';

/** Things that carried the people counted before them in the sentence. */
export const CARRYING: EventSense = { category: 'displacement', alone: 'carrying people', participle: 'carrying people', forThings: 'carrying migrants' };

const VIA = new Set(['عبر', 'متن', 'بواسطه']);

/** The count at token `first` stands after "عبر" or "على متن". */
export function carriedBy(doc: Doc, first: number): boolean {
  return VIA.has(wordBefore(doc, first));
}
