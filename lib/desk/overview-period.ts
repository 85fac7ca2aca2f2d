/** The periods /overview offers, in days; the URL carries one (`?period=30`). */
export const OVERVIEW_PERIODS = [7, 30, 90] as const;
export type OverviewPeriod = (typeof OVERVIEW_PERIODS)[number];
export const DEFAULT_PERIOD: OverviewPeriod = 30;

const DAY_MS = 86_400_000;

/**
 * The period asked for in the URL. Anything but one of the offered values is refused (the
 * page says so and shows the default) rather than quietly widened: a period of 100,000 days
 * would be a full scan by another name.
 */
export function parseOverviewPeriod(raw: string | string[] | undefined): { days: OverviewPeriod; refused: boolean } {
  if (raw === undefined || raw === '') return { days: DEFAULT_PERIOD, refused: false };
  const value = Array.isArray(raw) ? raw[0] : raw;
  const days = OVERVIEW_PERIODS.find((p) => String(p) === value);
  return days ? { days, refused: false } : { days: DEFAULT_PERIOD, refused: true };
}

/** The period's UTC days, oldest first, ending today, and the moment its first day begins. */
export function periodDays(days: OverviewPeriod, now: Date): { days: string[]; since: Date } {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const first = today - (days - 1) * DAY_MS;
  const list: string[] = [];
  for (let t = first; t <= today; t += DAY_MS) list.push(new Date(t).toISOString().slice(0, 10));
  return { days: list, since: new Date(first) };
}
