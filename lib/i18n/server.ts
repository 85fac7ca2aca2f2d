import 'server-only';
import { cookies, headers } from 'next/headers';
import { cache } from 'react';
import { makeI18n } from '@/components/i18n/i18n';
import { getActor } from '@/lib/auth/session';
import { CATALOGS } from './catalogs';
import { LOCALE_COOKIE, resolveLocale } from './locales';

/** The reader's language for this request, and the helpers that speak it. Memoised per request. */
export const getI18n = cache(async () => {
  const [actor, cookieStore, headerList] = await Promise.all([getActor(), cookies(), headers()]);
  const locale = resolveLocale({
    userLocale: actor?.locale,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get('accept-language'),
  });
  return makeI18n(locale, CATALOGS[locale]);
});
