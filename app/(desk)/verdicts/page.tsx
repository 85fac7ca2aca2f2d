import type { Metadata } from 'next';
import Link from 'next/link';
import { getReadDb } from '@/db';
import { VerdictCard } from '@/components/verdicts/verdict-card';
import { listPublicVerdicts } from '@/lib/desk/list-public-verdicts';
import { getI18n } from '@/lib/i18n/server';
import { CATEGORIES, VERDICT_STATUSES } from '@/lib/vocabulary';
import { cursorLinks, listOrRefusal } from '@/lib/http/list-page';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('verdictsPage.title') };
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) if (one) params.append(k, one);
  return params;
}

export default async function PublicVerdictsPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const i18n = await getI18n();
  const { t, rich } = i18n;
  const { result, refusal } = await listOrRefusal(() => listPublicVerdicts(getReadDb(), params));
  const { older, newest } = cursorLinks(params, result?.next);
  const field = 'flex flex-col gap-1 text-sm';

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('verdictsPage.title')}</h1>
      <p className="text-stone-600">{t('verdictsPage.intro')}</p>
      <form method="get" action="/verdicts" aria-label={t('verdictsPage.filters')} className="card flex flex-wrap items-end gap-3">
        <div className={field}>
          <label htmlFor="verdicts-verdict">{t('verdictsPage.verdict')}</label>
          <select id="verdicts-verdict" name="verdict" defaultValue={params.get('verdict') ?? ''} className="input">
            <option value="">{t('verdictsPage.any')}</option>
            {VERDICT_STATUSES.map((v) => (
              <option key={v} value={v}>
                {t(`verdict.${v}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="verdicts-category">{t('verdictsPage.category')}</label>
          <select id="verdicts-category" name="category" defaultValue={params.get('category') ?? ''} className="input">
            <option value="">{t('verdictsPage.any')}</option>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <button className="btn-primary">{t('verdictsPage.apply')}</button>
      </form>
      {refusal && (
        <p role="alert" className="text-red-800" dir="ltr">
          {refusal}
        </p>
      )}
      {result && result.entries.length === 0 && <p>{t('verdictsPage.empty')}</p>}
      {/* The cards' own headings are h3, as on the article page. */}
      <h2 className="sr-only">{t('article.verdicts')}</h2>
      <ol className="space-y-4" data-public-verdicts>
        {result?.entries.map(({ article, verdict }) => (
          <li key={verdict.claimId} className="space-y-1">
            <p className="text-sm">
              {rich('verdictsPage.inArticle', {
                article: (
                  <Link href={`/${i18n.locale}/articles/${article.slug}#claim-${verdict.claimId}`} className="text-accent underline" lang={article.language} dir="auto">
                    {article.title}
                  </Link>
                ),
              })}
            </p>
            <VerdictCard verdict={verdict} i18n={i18n} articleLang={article.language} />
          </li>
        ))}
      </ol>
      <nav className="flex gap-4 text-sm">
        {params.has('cursor') && (
          <Link href={`/verdicts?${newest}`} className="text-accent underline">
            {t('verdictsPage.newest')}
          </Link>
        )}
        {result?.next && (
          <Link href={`/verdicts?${older}`} className="text-accent underline" rel="next" data-older>
            {t('verdictsPage.older')}
          </Link>
        )}
      </nav>
    </div>
  );
}
