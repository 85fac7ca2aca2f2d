import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/components/i18n/i18n-provider';
import { SiteHeader } from '@/components/layout/site-header';
import { config } from '@/lib/config';
import { clientCatalog } from '@/lib/i18n/client-catalog';
import { getI18n } from '@/lib/i18n/server';
import { articleFont, uiFont, uiLatinFont } from '@/app/fonts';
import '../globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getI18n();
  return { title: { default: t('app.name'), template: `%s · ${t('app.name')}` }, description: t('app.tagline') };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, dir, rich } = await getI18n();
  return (
    <html lang={locale} dir={dir} className={`${uiFont.variable} ${uiLatinFont.variable} ${articleFont.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <I18nProvider locale={locale} messages={clientCatalog(locale)}>
          <SiteHeader />
          <main id="content" className="mx-auto max-w-7xl px-4 py-6">
            {children}
          </main>
          <footer className="mx-auto max-w-7xl px-4 py-8 text-sm text-stone-500">
            {rich('app.footer', { org: <span dir="auto">{config.organisationName}</span> })}
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
