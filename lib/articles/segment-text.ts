export interface Highlight {
  claimId: number;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Claims whose span covers this piece, earliest-starting first; empty for plain text. */
  claimIds: number[];
}

/**
 * Cuts the text at every highlight boundary so overlapping spans render as adjacent
 * pieces instead of broken markup. Offsets are into the text exactly as stored; spans
 * outside it are ignored rather than trusted.
 */
export function segmentText(text: string, highlights: Highlight[]): Segment[] {
  const valid = highlights
    .filter((h) => h.start >= 0 && h.end <= text.length && h.start < h.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const cuts = new Set<number>([0, text.length]);
  for (const h of valid) cuts.add(h.start).add(h.end);
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    const claimIds = valid.filter((h) => h.start <= start && h.end >= end).map((h) => h.claimId);
    segments.push({ start, end, text: text.slice(start, end), claimIds: [...new Set(claimIds)] });
  }
  return segments;
}

const SENTENCE_END = /[.!?؟\n]/;

/** The sentence a span sits in, for context: bounded by full stops or line ends, at most ~max chars. */
export function sentenceAround(text: string, start: number, end: number, max = 400): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]) && start - from < max / 2) from--;
  let to = end;
  while (to < text.length && !SENTENCE_END.test(text[to]) && to - end < max / 2) to++;
  if (to < text.length && text[to] !== '\n') to++;
  return text.slice(from, to).replace(/[\s\u00A0]+/g, ' ').trim();
}
