import type { Metadata } from 'next';
import { NotFoundCard } from '@/components/layout/not-found-card';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { articleFont, uiFont, uiLatinFont } from './fonts';
import './globals.css';

export const metadata: Metadata = { title: `${CATALOGS.ar.errors.notFoundTitle} · ${CATALOGS.en.errors.notFoundTitle}` };

/**
 * A URL that matches no page, under neither root layout: no language is known, so the page
 * says it in both, Arabic first (the desk's default).
 */
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl" className={`${uiFont.variable} ${uiLatinFont.variable} ${articleFont.variable}`}>
      <body className="min-h-screen font-sans antialiased">
        <NotFoundCard />
      </body>
    </html>
  );
}
