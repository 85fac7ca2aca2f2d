import Link from 'next/link';
import { switchLocale } from '@/app/_actions/locale';
import { signOutAction } from '@/app/_actions/session';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { LOCALES } from '@/lib/i18n/locales';

/**
 * One row on every screen: on a phone the links, the account and sign-out fold into a
 * <details> menu (no script needed), so the header stays one line high.
 */
export async function SiteHeader() {
  const [actor, { t, rich, locale }] = await Promise.all([getActor(), getI18n()]);
  const links = [
    { href: '/', label: t('nav.verdicts'), show: true },
    { href: '/verdicts', label: t('nav.publicVerdicts'), show: true },
    { href: '/figures', label: t('nav.figures'), show: true },
    { href: '/review', label: t('nav.review'), show: can(actor, 'claims:read') },
    { href: '/activity', label: t('nav.activity'), show: can(actor, 'claims:read') },
    { href: '/claims', label: t('nav.claims'), show: can(actor, 'claims:read') },
    { href: '/overview', label: t('nav.overview'), show: can(actor, 'overview:read') },
    { href: '/import', label: t('nav.import'), show: can(actor, 'articles:import') },
    { href: '/admin/users', label: t('nav.users'), show: can(actor, 'users:manage') },
    { href: '/settings', label: t('nav.settings'), show: !!actor },
  ].filter((l) => l.show);

  const languageSwitch = (
    <form action={switchLocale} className="flex gap-1">
      {LOCALES.filter((l) => l !== locale).map((l) => (
        <button key={l} name="locale" value={l} lang={l} className="btn min-h-9 px-2 py-0.5">
          {t(`languageNames.${l}`)}
        </button>
      ))}
    </form>
  );
  // In the bar only on the widest screens: with the search box an editor's header would wrap
  // at 1440 px; the menu (phones) always says who is signed in.
  const signedInAs = (className = '') => actor && (
    <span className={`text-stone-700 ${className}`}>
      {rich('nav.signedInAs', { name: <span dir="auto">{actor.name}</span>, role: t(`roles.${actor.role}`) })}
    </span>
  );
  const signOut = (
    <form action={signOutAction}>
      <button className="min-h-9 rounded bg-stone-800 px-3 py-1 text-white hover:bg-stone-700">{t('nav.signOut')}</button>
    </form>
  );
  // The desk search, for whoever may read the desk's claims; one form per layout, so two ids.
  const search = (where: 'bar' | 'menu') =>
    can(actor, 'claims:read') && (
      <form method="get" action="/search" role="search" aria-label={t('search.label')} className="flex min-w-0 gap-1" data-header-search={where}>
        <label htmlFor={`search-${where}`} className="sr-only">
          {t('search.label')}
        </label>
        <input id={`search-${where}`} name="q" type="search" dir="auto" placeholder={t('nav.search')} className="input mt-0 min-h-9 min-w-0 py-1 text-sm lg:w-32" />
        <button className="btn min-h-9 px-2 py-0.5">
          <svg aria-hidden viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="2">
            <circle cx="8.5" cy="8.5" r="5.5" />
            <path d="m13 13 4.5 4.5" strokeLinecap="round" />
          </svg>
          <span className="sr-only">{t('search.submit')}</span>
        </button>
      </form>
    );
  const signIn = (
    <Link href="/signin" className="inline-flex min-h-9 items-center rounded bg-accent px-3 py-1 text-white hover:opacity-90">
      {t('nav.signIn')}
    </Link>
  );

  return (
    <header className="relative border-b border-stone-200 bg-white">
      <a href="#content" className="sr-only start-0 top-0 focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-7xl items-center gap-x-6 px-4 py-2 lg:py-3">
        <Link href="/" className="text-xl font-semibold text-accent">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="hidden flex-wrap gap-4 text-sm lg:flex">
          {links.map((l) => (
            <Link key={l.href} href={l.href} className="hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ms-auto hidden flex-wrap items-center gap-3 text-sm lg:flex">
          {search('bar')}
          {languageSwitch}
          {signedInAs('hidden 2xl:inline')}
          {actor ? signOut : signIn}
        </div>
        <div className="ms-auto flex items-center gap-2 text-sm lg:hidden">
          {languageSwitch}
          {!actor && signIn}
          <details className="group" data-header-menu>
            <summary className="btn min-h-9 cursor-pointer list-none [&::-webkit-details-marker]:hidden">
              <span aria-hidden>☰</span> {t('nav.menu')}
            </summary>
            <div className="absolute inset-x-0 top-full z-40 space-y-3 border-b border-stone-200 bg-white px-4 py-3 shadow-lg">
              {search('menu')}
              <nav aria-label={t('nav.main')}>
                <ul className="grid gap-1">
                  {links.map((l) => (
                    <li key={l.href}>
                      <Link href={l.href} className="block rounded px-2 py-2 text-base hover:bg-stone-100">
                        {l.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
              {actor && (
                <div className="flex flex-wrap items-center justify-between gap-2 border-t border-stone-200 pt-3">
                  {signedInAs()}
                  {signOut}
                </div>
              )}
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
