'use server';
import { cookies } from 'next/headers';
import { isLocale, LOCALE_COOKIE } from '@/lib/i18n/locales';
import { runMutation } from '@/lib/http/action';
import { saveUser } from '@/lib/users/save-user';
import { setOwnLocale } from '@/lib/users/set-own-locale';
import { setUserDisabled } from '@/lib/users/set-user-disabled';

export async function saveUserAction(input: unknown) {
  return runMutation(async (db, actor) => {
    const { user, created } = await saveUser(db, actor, input);
    return { id: user.id, created };
  });
}

export async function setUserDisabledAction(input: unknown) {
  return runMutation((db, actor) => setUserDisabled(db, actor, input));
}

/** Saves the profile's language; the switch cookie follows it so the two never disagree. */
export async function saveLocalePreferenceAction(input: unknown) {
  const result = await runMutation((db, actor) => setOwnLocale(db, actor, input));
  if (result.ok) {
    const cookieStore = await cookies();
    const locale = (input as { locale?: unknown })?.locale;
    if (isLocale(locale)) cookieStore.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
    else cookieStore.delete(LOCALE_COOKIE);
  }
  return result;
}
