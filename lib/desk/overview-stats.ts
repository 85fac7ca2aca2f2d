/**
 * The arithmetic behind /overview, apart from the queries and the SVG: medians, a dense
 * day-by-day series (a day without verdicts is a zero bar, not a missing one) and round
 * axis ticks. The queries count in SQL; these shape what they return.
 *
 * Median in SQL, both engines, over an ordered list of durations d:
 *   SELECT avg(d) FROM (SELECT d FROM durations ORDER BY d
 *     LIMIT 2 - (SELECT count(*) FROM durations) % 2
 *     OFFSET (SELECT (count(*) - 1) / 2 FROM durations))
 * (PostgreSQL also has percentile_cont(0.5) WITHIN GROUP (ORDER BY d).)
 */

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median time between two moments, over the pairs where the second one happened. */
export function medianDuration(pairs: ReadonlyArray<{ from: Date; to: Date | null }>): number | null {
  return median(pairs.filter((p) => p.to).map((p) => p.to!.getTime() - p.from.getTime()));
}

const DAY_MS = 86_400_000;

/** Every UTC day from `from` to `to` inclusive (YYYY-MM-DD), at most `maxDays`. */
export function daysBetween(from: string, to: string, maxDays = 366): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) return [];
  const days: string[] = [];
  for (let t = start; t <= end && days.length < maxDays; t += DAY_MS) days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

/** Rows of (day, key, count) from a GROUP BY, as one entry per day with every key present. */
export function dailySeries<K extends string>(
  rows: ReadonlyArray<{ day: string; key: K; n: number }>,
  days: readonly string[],
  keys: readonly K[],
): Array<{ day: string; counts: Record<K, number>; total: number }> {
  const byDay = new Map(days.map((d) => [d, Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>]));
  for (const r of rows) {
    const counts = byDay.get(r.day);
    if (counts && r.key in counts) counts[r.key] += r.n;
  }
  return days.map((day) => {
    const counts = byDay.get(day)!;
    return { day, counts, total: keys.reduce((sum, k) => sum + counts[k], 0) };
  });
}

/** Round tick values from 0 to at least `max` (1, 2 or 5 times a power of ten apart). */
export function niceTicks(max: number, target = 4): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw)!;
  const ticks: number[] = [];
  for (let v = 0; v < max + step; v += step) ticks.push(Math.round(v * 1e9) / 1e9);
  return ticks;
}

/** A duration in the unit a reader takes in at a glance: minutes under an hour, hours under two days, else days. */
export function durationUnit(ms: number): { unit: 'minutes' | 'hours' | 'days'; value: number } {
  const minutes = ms / 60_000;
  if (minutes < 60) return { unit: 'minutes', value: Math.max(0, Math.round(minutes)) };
  if (minutes < 48 * 60) return { unit: 'hours', value: Math.round(minutes / 6) / 10 };
  return { unit: 'days', value: Math.round(minutes / 144) / 10 };
}
