import type { en } from './messages/en';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** CLDR plural categories; Arabic uses all six, English one and other. */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

/** A message that depends on a count: a form per plural category the language has (`other` always). */
export type PluralForms = Partial<Record<PluralCategory, string>> & { other: string };

type English = typeof en;

/**
 * The shape of a catalog: the English keys, any strings. Messages under `counts` depend on a
 * number and hold one form per plural category of their own language.
 */
export type Messages = Widen<Omit<English, 'counts'>> & { counts: Record<keyof English['counts'], PluralForms> };

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the catalog, e.g. 'review.save'. */
export type MessageKey = Paths<Omit<Messages, 'counts'>>;

/** A message chosen by a count, e.g. 'publishedVerdicts'. */
export type CountKey = keyof Messages['counts'] & string;

export type Values = Record<string, string | number>;
