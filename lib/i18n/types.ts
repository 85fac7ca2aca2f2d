import type { en } from './messages/en';

type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The shape of a catalog: the English keys, any strings. */
export type Messages = Widen<typeof en>;

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every dotted key of the catalog, e.g. 'review.save'. */
export type MessageKey = Paths<Messages>;

export type Values = Record<string, string | number>;
