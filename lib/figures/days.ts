import type { Day } from './types';

const DAY_MS = 86_400_000;

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return Math.round((Date.parse(b.slice(0, 10)) - Date.parse(a.slice(0, 10))) / DAY_MS);
}

export function addDays(day: Day, n: number): Day {
  return new Date(Date.parse(day.slice(0, 10)) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Inclusive; an open bound admits everything on its side. */
export function withinPeriod(day: Day, from?: Day | null, to?: Day | null): boolean {
  if (from && daysBetween(from, day) < 0) return false;
  if (to && daysBetween(day, to) < 0) return false;
  return true;
}
