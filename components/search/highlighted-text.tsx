import type { ReactNode } from 'react';
import type { Snippet } from '@/lib/desk/highlight';
import { isolatedRuns } from '@/lib/desk/isolated-runs';

/**
 * A search snippet in its original text, each match in <mark>. The runs of the other script
 * (numbers and Latin names in Arabic, Arabic in English) each sit in one <bdi>, cut by the
 * marks inside it rather than the other way round, so "OCHA Flash Update" stays in order
 * even when two of its words are marked. Text is rendered as text: nothing is spliced into HTML.
 */
export function HighlightedText({ snippet, className }: { snippet: Snippet; className?: string }) {
  const { text, marks } = snippet;
  const marked = (from: number, to: number): ReactNode[] => {
    const out: ReactNode[] = [];
    let at = from;
    for (const [s, e] of marks) {
      if (e <= from || s >= to) continue;
      const ms = Math.max(s, from);
      const me = Math.min(e, to);
      if (ms > at) out.push(text.slice(at, ms));
      out.push(<mark key={`${ms}-${me}`}>{text.slice(ms, me)}</mark>);
      at = me;
    }
    if (at < to) out.push(text.slice(at, to));
    return out;
  };
  return (
    <span dir="auto" className={className}>
      {snippet.cutBefore && '… '}
      {isolatedRuns(text).map(({ start, end, isolate }) =>
        isolate ? <bdi key={start}>{marked(start, end)}</bdi> : <span key={start}>{marked(start, end)}</span>,
      )}
      {snippet.cutAfter && ' …'}
    </span>
  );
}
