import type { ClaimStatus } from '@/lib/vocabulary';

// Unreviewed claims are the empty track: a dark grey segment for "not started" read as progress.
// Every verdict of the scale has its colour; the overview's legend names them in this order.
export const PROGRESS_ORDER: ClaimStatus[] = ['verified', 'disputed', 'false', 'misleading', 'unverifiable', 'dismissed', 'in_review'];

/** A stacked bar of claims by status, in the status colours; the label says it in words. */
export function ProgressBar({ byStatus, total, label }: { byStatus: Record<ClaimStatus, number>; total: number; label: string }) {
  return (
    <div role="img" aria-label={label} title={label} className="flex h-2.5 w-full overflow-hidden rounded-full bg-stone-300">
      {total > 0 &&
        PROGRESS_ORDER.filter((s) => byStatus[s] > 0).map((s) => (
          <span key={s} style={{ width: `${(100 * byStatus[s]) / total}%`, background: `var(--color-status-${s})` }} />
        ))}
    </div>
  );
}
