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
  labels: { day: string; total: string; asTable: string; hideTable: string; legend: string };
  /** The figures as a table are drawn only when asked for: `table` is then true and the links toggle it. */
  table: { shown: boolean; showHref: string; hideHref: string };
}

/** The newest day is always labelled; the others every `every` days back from it. */
const labelledEvery = (length: number, maxLabels: number) => Math.max(1, Math.ceil(length / maxLabels));

/**
 * Stacked columns of a count per day, drawn on the server as plain boxes sized in percent, so
 * one drawing fits a phone and a desk screen alike: the axis text keeps the page's type size
 * and phones label fewer days (CSS hides the others). Time runs left to right in both
 * languages, as newsroom charts do; the numbers use the reader's digits. The chart names
 * itself (title and description) and the legend names every colour with the period's total.
 * The figures are also a table one click away; it is rendered only on that click (a link to
 * this page with `view=table`), not carried hidden in every view.
 */
export function DailyChart({ id, title, description, series, keys, number, dayLabel, labels, table }: DailyChartProps) {
  const totals = Object.fromEntries(keys.map((k) => [k.key, series.reduce((sum, d) => sum + (d.counts[k.key] ?? 0), 0)]));
  const ticks = niceTicks(Math.max(0, ...series.map((d) => d.total)));
  const top = ticks[ticks.length - 1] || 1;
  const pct = (v: number) => `${(100 * v) / top}%`;
  const wideEvery = labelledEvery(series.length, 8);
  const narrowEvery = labelledEvery(series.length, 3);

  return (
    <figure className="space-y-2" data-chart={id}>
      <div role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} dir="ltr" className="daily-chart">
        <span id={`${id}-title`} hidden>
          {title}
        </span>
        <div className="daily-chart-axis">
          {ticks.map((t) => (
            <span key={t} style={{ bottom: pct(t) }}>
              {number(t)}
            </span>
          ))}
        </div>
        <div className="daily-chart-plot">
          {ticks.map((t) => (
            <i key={t} style={{ bottom: pct(t) }} />
          ))}
          {series.map((d, i) => {
            const back = series.length - 1 - i;
            const wide = back % wideEvery === 0;
            const narrow = back % narrowEvery === 0;
            const tip = d.total > 0 ? `${dayLabel(d.day)}: ${keys.filter((k) => d.counts[k.key]).map((k) => `${number(d.counts[k.key])} ${k.label}`).join(' · ')}` : undefined;
            return (
              <div key={d.day} data-day={d.day} data-total={d.total} title={tip}>
                {keys.map((k) => (d.counts[k.key] ? <b key={k.key} style={{ height: pct(d.counts[k.key]), background: k.color }} /> : null))}
                {(wide || narrow) && <span className={wide ? (narrow ? undefined : 'max-sm:hidden') : 'sm:hidden'}>{dayLabel(d.day)}</span>}
              </div>
            );
          })}
        </div>
      </div>
      <figcaption className="space-y-2">
        <p id={`${id}-desc`} className="text-sm text-stone-600">
          {description}
        </p>
        <ul aria-label={labels.legend} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {keys.map((k) => (
            <li key={k.key} className="flex items-center gap-1.5" data-legend={k.key}>
              <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: k.color }} />
              {k.label}: <bdi>{number(totals[k.key])}</bdi>
            </li>
          ))}
        </ul>
      </figcaption>
      <a href={table.shown ? table.hideHref : table.showHref} className="text-sm text-accent underline" data-table-toggle>
        {table.shown ? labels.hideTable : labels.asTable}
      </a>
      {table.shown && (
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
      )}
    </figure>
  );
}
