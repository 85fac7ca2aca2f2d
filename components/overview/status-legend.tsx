import { PROGRESS_ORDER } from '@/components/review/progress-bar';

/** Names every colour of the per-article progress bars, the empty track included. */
export function StatusLegend({ label, names, notStarted }: { label: string; names: Record<string, string>; notStarted: string }) {
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-bar-legend>
      {PROGRESS_ORDER.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: `var(--color-status-${s})` }} />
          {names[s]}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span aria-hidden="true" className="inline-block size-3 rounded-sm bg-stone-300" />
        {notStarted}
      </li>
    </ul>
  );
}
