import { LOCALES, type Locale } from '@/lib/i18n/locales';

/**
 * Public pages carry their language in the path (/ar/..., /en/...), so a cached page never
 * depends on a cookie or a header: the URL is the cache key. The desk keeps the profile or
 * cookie language.
 */
export const localizedPath = (locale: Locale, path: string) => `/${locale}${path === '/' ? '' : path}`;

/** The same page in every language, for hreflang alternates and the sitemap. */
export function alternatesOf(origin: string, path: string): { languages: Record<string, string>; xDefault: string } {
  const languages = Object.fromEntries(LOCALES.map((l) => [l, `${origin}${localizedPath(l, path)}`]));
  // The bare path picks the reader's language (proxy.ts), so it is the page for "no match".
  return { languages, xDefault: `${origin}${path}` };
}

/**
 * Bare public paths that redirect to their localised URL (proxy.ts); old links keep working.
 * An article by slug; a figure by slug (a figure by number, /figures/12, is the desk's page).
 */
export const LOCALIZED_PUBLIC_PATH = /^\/(?:articles\/[^/]+|figures\/(?![1-9][0-9]{0,14}\/?$)[^/]+)\/?$/;
