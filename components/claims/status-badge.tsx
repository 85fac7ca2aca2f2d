import type { ClaimStatus } from '@/lib/vocabulary';

/** A status pill in the status's colour; the label comes translated from the caller. */
export function StatusBadge({ status, label }: { status: ClaimStatus; label: string }) {
  return (
    <span
      data-status={status}
      className="inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap"
      style={{ background: `color-mix(in srgb, var(--color-status-${status}) 14%, white)`, color: `var(--color-status-${status})` }}
    >
      <span aria-hidden className="size-2 rounded-full" style={{ background: `var(--color-status-${status})` }} />
      {label}
    </span>
  );
}
