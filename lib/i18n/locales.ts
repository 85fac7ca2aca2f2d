import { LOCALES, type Locale } from '@/lib/vocabulary';

export { LOCALES, type Locale };
export const DEFAULT_LOCALE: Locale = 'ar';
export const LOCALE_COOKIE = 'isnad-locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The best supported language in an Accept-Language header, by its q weights. */
export function fromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { lang: tag.trim().toLowerCase().split('-')[0], q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.lang && !Number.isNaN(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((r) => r.lang).find(isLocale) ?? null;
}

/**
 * A signed-in user's saved choice wins, then the visible switch (a cookie), then the
 * browser's languages, then Arabic: the desk this was built for works in Arabic.
 */
export function resolveLocale(options: {
  userLocale?: Locale | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
}): Locale {
  if (isLocale(options.userLocale)) return options.userLocale;
  if (isLocale(options.cookie)) return options.cookie;
  return fromAcceptLanguage(options.acceptLanguage) ?? DEFAULT_LOCALE;
}
