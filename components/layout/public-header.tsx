import type { I18n } from '@/components/i18n/i18n';
import { LOCALES, type Locale } from '@/lib/i18n/locales';
import { HeaderFrame, PlainAnchor } from './header-frame';

/**
 * The header of the cached public pages, in the desk's frame (header-frame.tsx) but the same
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
    <HeaderFrame
      anchor={PlainAnchor}
      texts={{ skip: t('app.skipToContent'), name: t('app.name'), nav: t('nav.main'), menu: t('nav.menu') }}
      links={links}
      bar={
        <>
          {languageSwitch}
          {signIn}
        </>
      }
      phone={
        <>
          {languageSwitch}
          {signIn}
        </>
      }
    />
  );
}
