'use server';
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { LOCALE_COOKIE, isLocale } from '@/lib/i18n/locales';
import { runAction } from '@/lib/http/action';
import { setOwnLocale } from '@/lib/users/set-own-locale';

/** The language switch: saved in the profile when signed in, in a cookie for everyone. */
export async function switchLocale(formData: FormData) {
  const locale = formData.get('locale');
  if (!isLocale(locale)) return;
  const cookieStore = await cookies();
  cookieStore.set(LOCALE_COOKIE, locale, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax' });
  await runAction((db, actor) => actor && setOwnLocale(db, actor, { locale }));
  revalidatePath('/', 'layout');
}
