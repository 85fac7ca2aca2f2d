import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listAssignableUsers } from '@/db/queries/assignable-users';
import { ClaimFiltersForm } from '@/components/claims/claim-filters-form';
import { ClaimsTable } from '@/components/claims/claims-table';
import { QueueTabs } from '@/components/claims/queue-tabs';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listDeskClaims } from '@/lib/claims/list-claims';
import { filtersToSearchParams, type ClaimFilters } from '@/lib/desk/claim-filters';
import { cursorLinks, listOrRefusal } from '@/lib/http/list-page';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('claimsPage.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Filters set in the form (the queue has its own tabs). */
function filtersInUse(filters: ClaimFilters): number {
  return (Object.keys(filters) as Array<keyof ClaimFilters>).filter((k) => k !== 'queue' && filters[k] !== undefined).length;
}

export default async function ClaimsPage({ searchParams }: Props) {
  const actor = await requireUser('/claims');
  const [{ t, number }, raw] = await Promise.all([getI18n(), searchParams]);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) params.append(k, one);
  const db = getDb();
  const [{ result, refusal }, users] = await Promise.all([listOrRefusal(() => listDeskClaims(db, actor, params)), listAssignableUsers(db)]);
  const filters = result?.filters ?? {};
  const inUse = filtersInUse(filters);
  const { older, newest } = cursorLinks(filtersToSearchParams(filters, { limit: result?.page.limit }), result?.next);

  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t('claimsPage.title')}</h1>
        <p className="text-stone-600">{t('claimsPage.intro')}</p>
      </header>
      <QueueTabs filters={filters} />
      {/* On a phone the list comes first: the form waits behind one button. Wide screens show it open. */}
      <details className="card lg:hidden" open={refusal !== null} data-filters-toggle>
        <summary className="cursor-pointer font-medium">
          {t('claimsPage.filters')}
          {inUse > 0 && <span className="ms-2 text-sm font-normal text-stone-600">{t('claimsPage.activeFilters', { count: number(inUse) })}</span>}
        </summary>
        <div className="mt-3">
          <ClaimFiltersForm filters={filters} users={users} bare />
        </div>
      </details>
      <div className="hidden lg:block">
        <ClaimFiltersForm filters={filters} users={users} />
      </div>
      {refusal && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800" dir="ltr">
          {refusal}
        </p>
      )}
      {result && (
        <>
          <p className="text-sm text-stone-600">{t('claimsPage.pageSize', { count: number(result.page.limit) })}</p>
          <ClaimsTable claims={result.claims} users={users} canAssign={can(actor, 'claims:assign')} />
          <nav aria-label={t('claimsPage.title')} className="flex gap-3">
            {result.page.cursor && (
              <a href={`/claims?${newest}`} className="btn">
                {t('claimsPage.first')}
              </a>
            )}
            {result.next && (
              <a href={`/claims?${older}`} className="btn" rel="next">
                {t('claimsPage.next')}
              </a>
            )}
          </nav>
        </>
      )}
    </div>
  );
}
