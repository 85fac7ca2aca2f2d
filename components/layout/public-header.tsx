import Link from 'next/link';
import type { I18n } from '@/components/i18n/i18n';
import { LOCALES, type Locale } from '@/lib/i18n/locales';

/**
 * The header of the cached public pages: the same for every reader (no session is read, so
 * the page can be served from the cache), the language switch a plain link to the same page
 * in the other language. Signed-in readers reach the desk through its own pages.
 */
export function PublicHeader({ i18n, alternates }: { i18n: I18n; alternates: Record<Locale, string> }) {
  const { t, locale } = i18n;
  const links = [
    { href: '/', label: t('nav.verdicts') },
    { href: '/verdicts', label: t('nav.publicVerdicts') },
    { href: '/figures', label: t('nav.figures') },
  ];
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <a href="#content" className="sr-only start-0 top-0 focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2">
        {t('app.skipToContent')}
      </a>
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-2 lg:py-3">
        <Link href="/" prefetch={false} className="text-xl font-semibold text-accent">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.main')} className="flex flex-wrap gap-x-4 text-sm">
          {links.map((l) => (
            <Link key={l.href} href={l.href} prefetch={false} className="inline-flex min-h-9 items-center hover:underline">
              {l.label}
            </Link>
          ))}
        </nav>
        <div className="ms-auto flex items-center gap-2 text-sm">
          {LOCALES.filter((l) => l !== locale).map((l) => (
            <a key={l} href={alternates[l]} hrefLang={l} lang={l} className="btn min-h-9 px-2 py-0.5" data-language-switch>
              {t(`languageNames.${l}`)}
            </a>
          ))}
          <Link href="/signin" prefetch={false} className="inline-flex min-h-9 items-center rounded bg-accent px-3 py-1 text-white hover:opacity-90">
            {t('nav.signIn')}
          </Link>
        </div>
      </div>
    </header>
  );
}
