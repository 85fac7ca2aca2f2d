import { memoize } from './memo';
import type { Day } from './types';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 (memoised: the same few dates come back all the time). */
export const dayNumber = memoize((d: Day): number => Math.round(Date.parse(d.slice(0, 10)) / DAY_MS));

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: Day, b: Day): number {
  return dayNumber(b) - dayNumber(a);
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
