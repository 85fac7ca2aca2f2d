/** The range a qualified value allows, for comparisons that must not flag honest rounding. */
import type { Qualifier } from '../extract';

/**
 * "more than 10,000" is open above in logic but not in the press, which rounds down to a
 * round number and rarely by half; "about" allows a tenth either way.
 */
const OPEN_ABOVE = 1.5;
const ABOUT = 0.1;

export function lowerBound(value: number, qualifier: Qualifier | null): number {
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
