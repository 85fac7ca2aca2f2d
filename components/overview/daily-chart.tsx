import { niceTicks } from '@/lib/desk/overview-stats';

export interface DailyChartProps {
  id: string;
  title: string;
  description: string;
  /** One entry per day, oldest first. */
  series: Array<{ day: string; counts: Record<string, number>; total: number }>;
  /** Stacked from the bottom, in this order. */
  keys: Array<{ key: string; label: string; color: string }>;
  number: (n: number) => string;
  dayLabel: (day: string) => string;
  labels: { day: string; total: string; asTable: string; legend: string };
}

/** One drawing of the chart at a given width: the wide one for screens, the narrow one for phones. */
function Columns({ id, width, fontSize, maxLabels, tooltips, title, description, series, keys, number, dayLabel }: DailyChartProps & { width: number; fontSize: number; maxLabels: number; tooltips: boolean }) {
  const height = Math.round(width * (width > 500 ? 0.22 : 0.4)) + 40;
  const M = { top: 10, right: 8, bottom: fontSize * 2.5, left: fontSize * 3.2 };
  const max = Math.max(0, ...series.map((d) => d.total));
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] || 1;
  const plotW = width - M.left - M.right;
  const plotH = height - M.top - M.bottom;
  const step = plotW / Math.max(1, series.length);
  const barW = Math.max(1, step * 0.7);
  const y = (v: number) => M.top + plotH - (plotH * v) / top;
  const every = Math.max(1, Math.ceil(series.length / maxLabels));
  return (
    <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="h-auto w-full">
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {ticks.map((t) => (
        <g key={t}>
          <line x1={M.left} x2={width - M.right} y1={y(t)} y2={y(t)} stroke="var(--color-stone-200)" />
          <text x={M.left - 6} y={y(t) + fontSize / 3} textAnchor="end" fontSize={fontSize} fill="var(--color-stone-600)">
            {number(t)}
          </text>
        </g>
      ))}
      {series.map((d, i) => {
        let base = 0;
        const x = M.left + i * step + (step - barW) / 2;
        // The newest day is always labelled; the others every `every` days back from it.
        const labelled = (series.length - 1 - i) % every === 0;
        return (
          <g key={d.day} data-day={d.day} data-total={d.total}>
            {tooltips && d.total > 0 && <title>{`${dayLabel(d.day)}: ${keys.filter((k) => d.counts[k.key]).map((k) => `${number(d.counts[k.key])} ${k.label}`).join(' · ')}`}</title>}
            {keys.map((k) => {
              const n = d.counts[k.key] ?? 0;
              if (!n) return null;
              const rect = <rect key={k.key} x={x} y={y(base + n)} width={barW} height={y(base) - y(base + n)} fill={k.color} />;
              base += n;
              return rect;
            })}
            {labelled && (
              <text x={x + barW / 2} y={height - fontSize * 0.8} textAnchor="middle" fontSize={fontSize} fill="var(--color-stone-600)">
                {dayLabel(d.day)}
              </text>
            )}
          </g>
        );
      })}
      <line x1={M.left} x2={width - M.right} y1={y(0)} y2={y(0)} stroke="var(--color-stone-600)" />
    </svg>
  );
}

/**
 * Stacked columns of a count per day, drawn on the server. Time runs left to right in both
 * languages, as newsroom charts do; the numbers use the reader's digits. The chart names
 * itself (title and description), the legend names every colour with the period's total,
 * and the figures are also a table one click away, so no reading depends on colour or sight.
 * Phones get a narrower drawing with larger text rather than a shrunken wide one. A day's
 * figures show on hover as one tooltip per column (not one per segment), and only in the wide
 * drawing: phones do not hover, and every figure is in the table anyway.
 */
export function DailyChart(props: DailyChartProps) {
  const { id, title, series, keys, number, dayLabel, labels } = props;
  const totals = Object.fromEntries(keys.map((k) => [k.key, series.reduce((sum, d) => sum + (d.counts[k.key] ?? 0), 0)]));

  return (
    <figure className="space-y-2" data-chart={id}>
      <div dir="ltr">
        <div className="hidden sm:block">
          <Columns {...props} width={960} fontSize={13} maxLabels={8} tooltips />
        </div>
        <div className="sm:hidden">
          <Columns {...props} id={`${id}-narrow`} width={360} fontSize={13} maxLabels={3} tooltips={false} />
        </div>
      </div>
      <figcaption>
        <ul aria-label={labels.legend} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {keys.map((k) => (
            <li key={k.key} className="flex items-center gap-1.5" data-legend={k.key}>
              <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
                <rect width="12" height="12" rx="2" fill={k.color} />
              </svg>
              {k.label}: <bdi>{number(totals[k.key])}</bdi>
            </li>
          ))}
        </ul>
      </figcaption>
      <details>
        <summary className="cursor-pointer text-sm text-accent underline">{labels.asTable}</summary>
        <div className="max-h-80 overflow-auto">
          <table className="mt-2 w-full border-collapse text-sm" data-chart-table={id}>
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="p-1 text-start">{labels.day}</th>
                {keys.map((k) => (
                  <th key={k.key} scope="col" className="p-1 text-start">{k.label}</th>
                ))}
                <th scope="col" className="p-1 text-start">{labels.total}</th>
              </tr>
            </thead>
            <tbody>
              {[...series].reverse().map((d) => (
                <tr key={d.day} className="border-b border-stone-100" data-day={d.day}>
                  <th scope="row" className="p-1 text-start font-normal">{dayLabel(d.day)}</th>
                  {keys.map((k) => (
                    <td key={k.key} className="p-1">{number(d.counts[k.key] ?? 0)}</td>
                  ))}
                  <td className="p-1">{number(d.total)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
