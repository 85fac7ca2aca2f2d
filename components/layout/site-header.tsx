import Link from 'next/link';
import { switchLocale } from '@/app/_actions/locale';
import { signOutAction } from '@/app/_actions/session';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { LOCALES } from '@/lib/i18n/locales';

export async function SiteHeader() {
  const [actor, { t, rich, locale }] = await Promise.all([getActor(), getI18n()]);
  const links = [
    { href: '/', label: t('nav.verdicts'), show: true },
    { href: '/review', label: t('nav.review'), show: can(actor, 'claims:read') },
    { href: '/overview', label: t('nav.overview'), show: can(actor, 'overview:read') },
    { href: '/import', label: t('nav.import'), show: can(actor, 'articles:import') },
    { href: '/admin/users', label: t('nav.users'), show: can(actor, 'users:manage') },
    { href: '/settings', label: t('nav.settings'), show: !!actor },
  ].filter((l) => l.show);

  return (
    <header className="border-b border-stone-200 bg-white">
      <a href="#content" className="sr-only focus:not-sr-only">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-xl font-semibold text-accent">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="flex flex-wrap gap-4 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ms-auto flex flex-wrap items-center gap-3 text-sm">
          <form action={switchLocale} className="flex gap-1" aria-label={t('nav.language')}>
            {LOCALES.filter((l) => l !== locale).map((l) => (
              <button
                key={l}
                name="locale"
                value={l}
                lang={l}
                className="rounded border border-stone-300 px-2 py-0.5 hover:bg-stone-100"
              >
                {t(`languageNames.${l}`)}
              </button>
            ))}
          </form>
          {actor ? (
            <>
              <span className="text-stone-600">
                {rich('nav.signedInAs', { name: <span dir="auto">{actor.name}</span>, role: t(`roles.${actor.role}`) })}
              </span>
              <form action={signOutAction}>
                <button className="rounded bg-stone-800 px-3 py-1 text-white hover:bg-stone-700">{t('nav.signOut')}</button>
              </form>
            </>
          ) : (
            <Link href="/signin" className="rounded bg-accent px-3 py-1 text-white hover:opacity-90">
              {t('nav.signIn')}
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
