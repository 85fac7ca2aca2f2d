/** What a number counts, as the counting modules hand it on. */
import type { Counted } from './categories';
import type { EventSense } from './events';
import type { Qualifier } from './types';

export interface Counting {
  counted: Counted;
  /** Last token of the counted phrase. */
  last: number;
  /** "17 حالة" with no event near: an earlier "عدد الضحايا" may say more. */
  weak?: boolean;
  /** What befell those counted, for a count that enumerates them next ("بينهم 4 أطفال"). */
  sense?: EventSense | null;
  /** The ends of a range: "بين 800" is at least 800, "و1200" up to 1200. */
  qualifier?: Qualifier;
  /** The value, when it is not the number as written: "بين 10 و15 ألفا" starts at 10,000. */
  value?: number;
  /** Gives again a figure given before: "الحصيلة تشير إلى 56"، "من أصل 120". */
  restates?: boolean;
  /** Counts people (قتلى، نازحين، أشخاص), whom a clause with the noun left out may go on counting. */
  people?: boolean;
  /** Counted by a noun that says nothing of its own ("شخصا"): a toll word before may say more. */
  generic?: boolean;
}

/** The claim made just before, which a following count may lean on. */
export interface Previous {
  sent: number;
  first: number;
  last: number;
  counting: Counting;
}
