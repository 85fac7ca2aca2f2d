import { CATALOGS } from './catalogs';
import type { Locale } from './locales';
import type { Messages } from './types';

/**
 * The catalog namespaces that client components read. Only these travel to the browser in
 * every desk page's payload; the others (search, activity, home, ...) are read by server
 * components alone. client-catalog.test.ts scans every client module (and what it imports)
 * for the keys it uses and fails if one of its namespaces is missing here.
 */
export const CLIENT_NAMESPACES = [
  'articleVisibility',
  'category',
  'claim',
  'claimsPage',
  'counts',
  'errors',
  'evidence',
  'fields',
  'figures',
  'history',
  'importPage',
  'languageNames',
  'overview',
  'publish',
  'qualifier',
  'review',
  'roles',
  'settings',
  'signIn',
  'stance',
  'status',
  'users',
  'verdict',
] as const satisfies ReadonlyArray<keyof Messages>;

export type ClientNamespace = (typeof CLIENT_NAMESPACES)[number];

const cache = new Map<Locale, Messages>();

/**
 * The part of `locale`'s catalog that client components use, for I18nProvider. Typed as the
 * whole catalog because the client helpers take one; a key outside these namespaces throws
 * "Missing message" on the client, which the test above keeps from happening.
 */
export function clientCatalog(locale: Locale): Messages {
  let messages = cache.get(locale);
  if (!messages) {
    const full = CATALOGS[locale];
    messages = Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, full[ns]])) as unknown as Messages;
    cache.set(locale, messages);
  }
  return messages;
}
