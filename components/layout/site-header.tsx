import Link from 'next/link';
import { switchLocale } from '@/app/_actions/locale';
import { signOutAction } from '@/app/_actions/session';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';
import { LOCALES } from '@/lib/i18n/locales';
import { HeaderFrame } from './header-frame';

/**
 * The desk's header (the frame is header-frame.tsx's): the links the actor may use, the desk
 * search, the language switch, and the account; on a phone the account and sign-out are in
 * the menu.
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
    <HeaderFrame
      anchor={Link}
      texts={{ skip: t('app.skipToContent'), name: t('app.name'), nav: t('nav.main'), menu: t('nav.menu') }}
      links={links}
      bar={
        <>
          {search('bar')}
          {languageSwitch}
          {signedInAs('hidden 2xl:inline')}
          {actor ? signOut : signIn}
        </>
      }
      phone={
        <>
          {languageSwitch}
          {!actor && signIn}
        </>
      }
      menuBefore={search('menu')}
      menuAfter={
        actor && (
          <div className="flex flex-wrap items-center justify-between gap-2 border-t border-stone-200 pt-3">
            {signedInAs()}
            {signOut}
          </div>
        )
      }
    />
  );
}
