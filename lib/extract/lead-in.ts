/** Where a number's phrase starts, and the marks that may wrap its digits. */
import type { Doc } from './document';
import { DIGIT_PREFIXES } from './not-claims';

export const OPENERS = new Set(['"', '«', '“', '”', '(', '″']);
export const CLOSERS = new Set(['"', '»', '”', ')', '″']);

/**
 * An opening bracket around the digits ("(9.3) ملايين") is quoted with them; letters written
 * onto the digits (بـ120، الـ40) are not, but qualifiers stand before them.
 */
export function leadIn(doc: Doc, first: number): { quoteFrom: number; phraseFrom: number } {
  const { tokens } = doc;
  const t = tokens[first];
  const prev = tokens[first - 1];
  if (t.kind !== 'n' || !prev || prev.sent !== t.sent) return { quoteFrom: first, phraseFrom: first };
  if (prev.kind === 'p' && OPENERS.has(prev.text) && CLOSERS.has(tokens[first + 1]?.text ?? '')) {
    return { quoteFrom: first - 1, phraseFrom: first - 1 };
  }
  if (DIGIT_PREFIXES.has(prev.text) && t.start - prev.end <= 1) return { quoteFrom: first, phraseFrom: first - 1 };
  return { quoteFrom: first, phraseFrom: first };
}
