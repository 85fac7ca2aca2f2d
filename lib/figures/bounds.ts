/** The range a qualified value allows, for comparisons that must not flag honest rounding. */
import type { Qualifier } from '../extract';

/**
 * "more than 10,000" is open above in logic but not in the press, which rounds down to a
 * round number and rarely by half; "about" allows a tenth either way.
 */
const OPEN_ABOVE = 1.5;
const ABOUT = 0.1;

/** A round thousand stated flat ("100 ألف") is a rounding of whatever was counted. */
const ROUND = 0.05;

function isRound(value: number): boolean {
  return value >= 1000 && value % 1000 === 0;
}

export function lowerBound(value: number, qualifier: Qualifier | null): number {
  if (qualifier === null && isRound(value)) return value * (1 - ROUND);
  switch (qualifier) {
    case 'about':
      return value * (1 - ABOUT);
    case 'up to':
    case 'less than':
      return 0;
    default:
      return value;
  }
}

export function upperBound(value: number, qualifier: Qualifier | null): number {
  if (qualifier === null && isRound(value)) return value * (1 + ROUND);
  switch (qualifier) {
    case 'about':
      return value * (1 + ABOUT);
    case 'more than':
    case 'at least':
      return value * OPEN_ABOVE;
    default:
      return value;
  }
}

/** Two qualified values can both be true ("at least 18,000" and "up to 20,000"). */
export function compatible(a: { value: number; qualifier: Qualifier | null }, b: { value: number; qualifier: Qualifier | null }): boolean {
  return lowerBound(a.value, a.qualifier) <= upperBound(b.value, b.qualifier) && lowerBound(b.value, b.qualifier) <= upperBound(a.value, a.qualifier);
}
