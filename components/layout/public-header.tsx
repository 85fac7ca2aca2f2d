import type { I18n } from '@/components/i18n/i18n';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

/**
 * The header of the cached public pages, laid out as the desk's (components/layout/
 * site-header.tsx: on a phone the links fold into a <details> menu, no script) but the same
 * for every reader: no session is read, so the page can be served from the cache. The
 * language switch is a plain link to this page in the other language. Plain <a>, not next/link:
 * every link leaves this root layout (the desk has its own), which is a full page load anyway,
 * and the page then ships no client code of its own.
 */
export function PublicHeader({ i18n, alternates }: { i18n: I18n; alternates: Record<Locale, string> }) {
  const { t, locale } = i18n;
  const links = [
    { href: '/', label: t('nav.verdicts') },
    { href: '/verdicts', label: t('nav.publicVerdicts') },
    { href: '/figures', label: t('nav.figures') },
  ];
  const languageSwitch = LOCALES.filter((l) => l !== locale).map((l) => (
    <a key={l} href={alternates[l]} hrefLang={l} lang={l} className="btn min-h-9 px-2 py-0.5" data-language-switch>
      {t(`languageNames.${l}`)}
    </a>
  ));
  const signIn = (
    <a href="/signin" className="inline-flex min-h-9 items-center rounded bg-accent px-3 py-1 text-white hover:opacity-90">
      {t('nav.signIn')}
    </a>
  );
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <a href="#content" className="sr-only start-0 top-0 focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-7xl items-center gap-x-6 px-4 py-2 lg:py-3">
        <a href="/" className="text-xl font-semibold text-accent">
          {t('app.name')}
        </a>
        <nav aria-label={t('nav.main')} className="hidden flex-wrap gap-4 text-sm lg:flex">
          {links.map((l) => (
            <a key={l.href} href={l.href} className="hover:underline">
              {l.label}
            </a>
          ))}
        </nav>
        <div className="ms-auto hidden items-center gap-3 text-sm lg:flex">
          {languageSwitch}
          {signIn}
        </div>
        <div className="ms-auto flex items-center gap-2 text-sm lg:hidden">
          {languageSwitch}
          {signIn}
          <details className="group" data-header-menu>
            <summary className="btn min-h-9 cursor-pointer list-none [&::-webkit-details-marker]:hidden">
              <span aria-hidden>☰</span> {t('nav.menu')}
            </summary>
            <div className="absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white px-4 py-3 shadow-lg">
              <nav aria-label={t('nav.main')}>
                <ul className="grid gap-1">
                  {links.map((l) => (
                    <li key={l.href}>
                      <a href={l.href} className="block rounded px-2 py-2 text-base hover:bg-stone-100">
                        {l.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </details>
        </div>
      </div>
    </header>
  );
}
