import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db';
import { FigureView } from '@/components/figures/figure-view';
import { makeI18n } from '@/components/i18n/i18n';
import { PublicHeader } from '@/components/layout/public-header';
import { getPublicFigure } from '@/lib/figures-desk/get-figure';
import { CATALOGS } from '@/lib/i18n/catalogs';
import { ALL_PUBLIC_TAG, figureTag } from '@/lib/public-cache';
import { alternatesOf, localizedPath } from '@/lib/public/locale-paths';
import { publicPageParams, type PublicPageProps } from '@/lib/public/page-params';
import { cachedPageOrigin, tagPublicPage } from '@/lib/public/tag-page';

type Props = PublicPageProps;

// The public page of a figure: its published claims across reports. Cached like the article
// page (app/[lang]/articles/[slug]): rendered on its first request, then served until
// lib/public-cache.ts expires its tag (a verdict on one of its claims published or withdrawn,
// a claim linked to it or moved away); 'error' fails the build if it reads a cookie or header.
export const dynamic = 'error';
export const dynamicParams = true;
export const revalidate = false;
export const generateStaticParams = async () => [];

const load = cache(async (slug: string) => {
  // Tagged before the lookup, so a 404 is also expired when the figure gains a published claim.
  await tagPublicPage([ALL_PUBLIC_TAG, figureTag(slug)]);
  return getPublicFigure(getDb(), slug);
});


export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { lang, slug } = await publicPageParams(params);
  const found = await load(slug);
  if (!found) return {};
  const { t } = makeI18n(lang, CATALOGS[lang]);
  const { figure } = found;
  const title = (lang === 'ar' ? (figure.titleAr ?? figure.titleEn) : (figure.titleEn ?? figure.titleAr)) ?? t('figures.title');
  const { languages, xDefault } = alternatesOf(cachedPageOrigin(), `/figures/${figure.slug}`);
  return { title, alternates: { canonical: languages[lang], languages: { ...languages, 'x-default': xDefault } } };
}

export default async function PublicFigurePage({ params }: Props) {
  const { lang, slug } = await publicPageParams(params);
  const found = await load(slug);
  if (!found) notFound();
  const i18n = makeI18n(lang, CATALOGS[lang]);
  const path = `/figures/${found.figure.slug}`;
  return (
    <>
      <PublicHeader i18n={i18n} alternates={{ ar: localizedPath('ar', path), en: localizedPath('en', path) }} />
      <main id="content" className="mx-auto max-w-7xl space-y-6 px-4 py-6">
        <FigureView data={found} i18n={i18n} desk={false} />
      </main>
    </>
  );
}
