/**
 * Attacks counted as times: "استهدفت الضربات الموانئ 14 مرة"، "خرقت القوات الهدنة 30 مرة". "مرة"
 * is otherwise a measure ("زار 3 مرات"), not a count claim.
 */
import type { Counting } from './counting-result';
import type { Doc } from './document';
import { TARGETED, VIOLATED } from './events';
import { eventNear } from './nearby-event';
import type { NumberMatch } from './numbers';

const TIMES = new Set(['مره', 'مرات']);

export function repeatedAttacks(doc: Doc, m: NumberMatch): Counting | null {
  const { tokens } = doc;
  const next = tokens[m.last + 1];
  if (!next || next.sent !== tokens[m.first].sent || !TIMES.has(next.text)) return null;
  const event = eventNear(doc, m.first, m.last + 1, (s) => s === TARGETED || s === VIOLATED);
  if (!event) return null;
  return { counted: { counted: event === VIOLATED ? 'violations' : 'attacks', category: 'violations' }, last: m.last + 1, sense: event };
}
