import type { Metadata } from 'next';
import Link from 'next/link';
import { getReadDb } from '@/db';
import { can } from '@/lib/auth/permissions';
import { getActor } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { listFigures } from '@/lib/figures-desk/list-figures';
import { getI18n } from '@/lib/i18n/server';
import { CATEGORIES } from '@/lib/vocabulary';
import { localizedPath } from '@/lib/public/locale-paths';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('figures.title') };
}

export default async function FiguresPage({ searchParams }: Props) {
  const [params, i18n, actor] = await Promise.all([searchParams, getI18n(), getActor()]);
  const { t, locale, number } = i18n;
  const desk = can(actor, 'claims:read');
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? '';
  const filters = { q: one(params.q), category: one(params.category), after: one(params.after) || undefined };
  let page;
  try {
    page = await listFigures(getReadDb(), filters, !desk);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    page = await listFigures(getReadDb(), {}, !desk);
  }
  const next = page.next ? `/figures?${new URLSearchParams({ ...(filters.q && { q: filters.q }), ...(filters.category && { category: filters.category }), after: String(page.next) })}` : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('figures.title')}</h1>
      <p className="text-stone-700">{t('figures.intro')}</p>
      <form className="flex flex-wrap items-end gap-2" role="search" action="/figures">
        <label className="flex flex-col text-xs">
          {t('figures.search')}
          <input name="q" type="search" defaultValue={filters.q} className="input" />
        </label>
        <label className="flex flex-col text-xs">
          {t('figures.category')}
          <select name="category" defaultValue={filters.category} className="input">
            <option value="">{t('figures.anyCategory')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn">
          {t('figures.filter')}
        </button>
      </form>
      {page.figures.length === 0 ? (
        <p>{t('figures.empty')}</p>
      ) : (
        <ul className="divide-y divide-stone-200" data-figure-list>
          {page.figures.map((f) => {
            const title = (locale === 'ar' ? f.titleAr ?? f.titleEn : f.titleEn ?? f.titleAr) ?? f.counted;
            return (
              <li key={f.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2" data-figure={f.slug}>
                {desk ? (
                  <Link href={`/figures/${f.id}`} className="font-medium text-accent underline">
                    <bdi dir="auto">{title}</bdi>
                  </Link>
                ) : (
                  // The public page is cached under the reader's language (another root layout).
                  <a href={localizedPath(locale, `/figures/${f.slug}`)} className="font-medium text-accent underline">
                    <bdi dir="auto">{title}</bdi>
                  </a>
                )}
                <span className="text-sm text-stone-600">
                  {t(`category.${f.category as 'casualties'}`)} · {t('figures.claims')}: <bdi>{number(f.claims)}</bdi>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {next && (
        <Link href={next} className="btn inline-block">
          {t('figures.more')}
        </Link>
      )}
    </div>
  );
}
