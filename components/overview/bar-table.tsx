export interface BarRow {
  key: string;
  label: string;
  value: number;
  /** The value in the reader's digits. */
  display: string;
  /** A CSS colour; the label beside the bar says the same in words. */
  color?: string;
}

/**
 * A horizontal bar chart that is a table: each row names the item and gives its number in
 * text, and the SVG bar beside it only draws the same number. Screen readers read the
 * table; the bars are hidden from them. The bar grows from the start side in both directions.
 */
export function BarTable({ caption, nameHeading, valueHeading, rows, id }: { caption: string; nameHeading: string; valueHeading: string; rows: BarRow[]; id: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <table className="w-full table-fixed border-collapse text-sm" data-chart={id}>
      <caption className="mb-2 text-start text-base font-semibold">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">{nameHeading}</th>
          <th scope="col">{valueHeading}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key} data-key={r.key}>
            <th scope="row" className="w-2/5 py-1 pe-2 text-start font-normal">
              {r.label}
            </th>
            <td className="py-1">
              <span className="flex items-center gap-2">
                <span className="w-12 shrink-0 tabular-nums" data-value={r.value}>
                  {r.display}
                </span>
                <svg aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none" width="100%" className="h-3 min-w-0 flex-1 rtl:-scale-x-100">
                  <rect x="0" y="0" width="100" height="10" fill="var(--color-stone-100)" />
                  <rect x="0" y="0" width={(100 * r.value) / max} height="10" fill={r.color ?? 'var(--color-accent)'} />
                </svg>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
