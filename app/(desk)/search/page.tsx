import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import Link from 'next/link';
import { getDb } from '@/db';
import { HighlightedText } from '@/components/search/highlighted-text';
import { StatusBadge } from '@/components/claims/status-badge';
import { requirePermission } from '@/lib/auth/session';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from '@/lib/desk/search-query';
import { searchDesk, SearchRefused, type DeskSearch, type SearchGroup } from '@/lib/desk/search-desk';
import { getI18n } from '@/lib/i18n/server';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('search.title') };
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) params.append(k, one);
  return params;
}

const MARKS = '[&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-stone-950';

export default async function SearchPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const actor = await requirePermission('claims:read', `/search?${params}`);
  const { t, rich, number } = await getI18n();
  const q = params.get('q') ?? '';

  let result: DeskSearch | null = null;
  let refusal: ReactNode = null;
  try {
    result = await searchDesk(getDb(), actor, params);
  } catch (error) {
    if (!(error instanceof SearchRefused)) throw error;
    refusal = rich(`search.refused.${error.reason}`, { length: number(q.length), max: number(error.reason === 'too_many_terms' ? MAX_QUERY_TERMS : MAX_QUERY_CHARS) });
  }

  const pageOf = (group: SearchGroup, before: number) => `/search?${new URLSearchParams({ q, in: group, before: String(before) })}`;
  const showArticles = result && result.group !== 'claims';
  const showClaims = result && result.group !== 'articles';

  return (
    <div className="space-y-5">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t('search.title')}</h1>
        <p className="text-stone-600">{t('search.intro')}</p>
      </header>
      <form method="get" action="/search" role="search" aria-label={t('search.title')} className="flex flex-wrap items-end gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t('search.label')}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          dir="auto"
          defaultValue={q}
          placeholder={t('search.placeholder')}
          className="input mt-0 min-w-0 flex-1 basis-64"
        />
        <button className="btn-primary min-h-9">{t('search.submit')}</button>
      </form>

      {refusal && (
        // Arriving with no search at all is not an error: the same words, without the alert.
        <p role={params.has('q') ? 'alert' : undefined} className={params.has('q') ? 'rounded border border-amber-300 bg-amber-50 p-2 text-amber-900' : 'text-stone-700'} data-search-refusal>
          {refusal}
        </p>
      )}

      {result && (
        <>
          <p className="text-sm text-stone-600" data-search-limits>
            {rich('search.limits', { articles: number(result.limits.articles), claims: number(result.limits.claims) })}
            {result.group && (
              <>
                {' '}
                <Link href={`/search?${new URLSearchParams({ q })}`} className="text-accent underline">
                  {t('search.backToAll')}
                </Link>
              </>
            )}
          </p>

          {showArticles && (
            <section aria-labelledby="search-articles" className="space-y-2" data-search-articles>
              <h2 id="search-articles" className="text-lg font-semibold">
                {t('search.articles')}
              </h2>
              {result.articles.length === 0 ? (
                <p className="text-stone-600">{t('search.noArticles')}</p>
              ) : (
                <ul className="space-y-2">
                  {result.articles.map((a) => (
                    <li key={a.id} className="card space-y-1" lang={a.language} dir={a.language === 'ar' ? 'rtl' : 'ltr'} data-search-article={a.slug}>
                      <Link href={a.href} className={`block font-semibold text-accent underline ${MARKS}`}>
                        <HighlightedText snippet={a.title} />
                      </Link>
                      {a.outlet && <p className={`text-sm text-stone-600 ${MARKS}`}><HighlightedText snippet={a.outlet} /></p>}
                      <p className={`text-stone-800 ${MARKS}`}>
                        <HighlightedText snippet={a.body} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
              {result.next.articles && (
                <Link href={pageOf('articles', result.next.articles)} className="btn" rel="next" data-more-articles>
                  {t('search.moreArticles')}
                </Link>
              )}
            </section>
          )}

          {showClaims && (
            <section aria-labelledby="search-claims" className="space-y-2" data-search-claims>
              <h2 id="search-claims" className="text-lg font-semibold">
                {t('search.claims')}
              </h2>
              {result.claims.length === 0 ? (
                <p className="text-stone-600">{t('search.noClaims')}</p>
              ) : (
                <ul className="space-y-2">
                  {result.claims.map((c) => (
                    <li key={c.id} className="card space-y-1.5" data-search-claim={c.id}>
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                        <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                        <span className="text-stone-600">
                          {rich('search.inArticle', {
                            title: (
                              <span lang={c.article.language} dir="auto">
                                {c.article.title}
                              </span>
                            ),
                          })}
                        </span>
                      </div>
                      <p lang={c.article.language} dir={c.article.language === 'ar' ? 'rtl' : 'ltr'} className={MARKS}>
                        <Link href={c.href} className="text-lg text-stone-900 underline decoration-stone-300 hover:decoration-accent" data-claim-link>
                          <HighlightedText snippet={c.quote} />
                        </Link>
                      </p>
                      <dl className={`grid gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr] ${MARKS}`}>
                        {c.claimant && <Field label={t('search.claimant')} lang={c.article.language}><HighlightedText snippet={c.claimant} /></Field>}
                        {c.counted && <Field label={t('search.counted')}><HighlightedText snippet={c.counted} /></Field>}
                        {c.rationale && <Field label={t('search.rationale')} data="rationale"><HighlightedText snippet={c.rationale} /></Field>}
                        {c.explanation && <Field label={t('search.explanation')} data="explanation"><HighlightedText snippet={c.explanation} /></Field>}
                        {c.evidence.map((e, i) => (
                          <Field key={i} label={t('search.evidence')} data="evidence">
                            <HighlightedText snippet={e} />
                          </Field>
                        ))}
                      </dl>
                    </li>
                  ))}
                </ul>
              )}
              {result.next.claims && (
                <Link href={pageOf('claims', result.next.claims)} className="btn" rel="next" data-more-claims>
                  {t('search.moreClaims')}
                </Link>
              )}
            </section>
          )}
        </>
      )}
    </div>
  );
}

function Field({ label, lang, data, children }: { label: string; lang?: string; data?: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-stone-600">{label}</dt>
      <dd className="min-w-0" lang={lang} data-match={data}>
        {children}
      </dd>
    </>
  );
}
