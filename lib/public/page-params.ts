import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '@/lib/i18n/locales';

/** The route parameters of a cached public page: /{lang}/articles/{slug}, /{lang}/figures/{slug}. */
export type PublicPageProps = { params: Promise<{ lang: string; slug: string }> };

/**
 * The page's language and its slug as stored. Any first segment but a language answers 404, as
 * does a slug that is no valid percent-encoding (decodeURIComponent would throw).
 */
export async function publicPageParams(params: PublicPageProps['params']): Promise<{ lang: Locale; slug: string }> {
  const { lang, slug } = await params;
  if (!isLocale(lang)) notFound();
  try {
    return { lang, slug: decodeURIComponent(slug) };
  } catch {
    notFound();
  }
}
