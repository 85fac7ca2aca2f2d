import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { config } from '@/lib/config';
import { makeI18n } from '@/components/i18n/i18n';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { isLocale, LOCALES } from '@/lib/i18n/locales';
import { articleFont, uiFont, uiLatinFont } from '@/app/fonts';
import '../globals.css';

type Props = { children: ReactNode; params: Promise<{ lang: string }> };

// Only /ar and /en exist: any other first segment is not a language and answers 404 (below).
// Not `dynamicParams = false`: it would hold for the article segment too, which renders on demand.
export const generateStaticParams = () => LOCALES.map((lang) => ({ lang }));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang } = await params;
  if (!isLocale(lang)) return {};
  const { t } = makeI18n(lang, CATALOGS[lang]);
  return { title: { default: t('app.name'), template: `%s · ${t('app.name')}` }, description: t('app.tagline') };
}

/**
 * The root layout of the public, cached pages: its language comes from the URL alone (no
 * cookie, no header, no session), so every page under it can be rendered once and served
 * from the cache until something public changes (lib/public-cache.ts). No client provider:
 * the public pages are server components and ship no catalog.
 */
export default async function PublicLayout({ children, params }: Props) {
  const { lang } = await params;
  if (!isLocale(lang)) notFound();
  const { dir, rich } = makeI18n(lang, CATALOGS[lang]);
  return (
    <html lang={lang} dir={dir} className={`${uiFont.variable} ${uiLatinFont.variable} ${articleFont.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        {children}
        <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-stone-500">
          {rich('app.footer', { org: <span dir="auto">{config.organisationName}</span> })}
        </footer>
      </body>
    </html>
  );
}
