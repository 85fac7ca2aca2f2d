import type { Metadata } from 'next';
import { getDb } from '@/db';
import { listAssignableUsers } from '@/db/queries/assignable-users';
import { ClaimFiltersForm } from '@/components/claims/claim-filters-form';
import { ClaimsTable } from '@/components/claims/claims-table';
import { QueueTabs } from '@/components/claims/queue-tabs';
import { can } from '@/lib/auth/permissions';
import { requireUser } from '@/lib/auth/session';
import { listDeskClaims } from '@/lib/claims/list-claims';
import { filtersToSearchParams } from '@/lib/desk/claim-filters';
import { DomainError } from '@/lib/errors';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('claimsPage.title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  const actor = await requireUser('/claims');
  const [{ t, number }, raw] = await Promise.all([getI18n(), searchParams]);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) params.append(k, one);
  const db = getDb();
  let listed;
  try {
    listed = await listDeskClaims(db, actor, params);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t('claimsPage.title')}</h1>
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800" dir="ltr">
          {error.message}
        </p>
      </div>
    );
  }
  const users = await listAssignableUsers(db);
  const { filters, page, claims, next } = listed;
  const nextParams = filtersToSearchParams(filters, { limit: page.limit });
  if (next) nextParams.set('cursor', next);
  const nextHref = next ? `/claims?${nextParams}` : null;
  const firstHref = page.cursor ? `/claims?${filtersToSearchParams(filters, { limit: page.limit })}` : null;
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">{t('claimsPage.title')}</h1>
        <p className="text-stone-600">{t('claimsPage.intro')}</p>
      </header>
      <QueueTabs filters={filters} />
      <ClaimFiltersForm filters={filters} users={users} />
      <p className="text-sm text-stone-600">{t('claimsPage.pageSize', { count: number(page.limit) })}</p>
      <ClaimsTable claims={claims} users={users} canAssign={can(actor, 'claims:assign')} />
      <nav aria-label={t('claimsPage.title')} className="flex gap-3">
        {firstHref && (
          <a href={firstHref} className="btn">
            {t('claimsPage.first')}
          </a>
        )}
        {nextHref && (
          <a href={nextHref} className="btn" rel="next">
            {t('claimsPage.next')}
          </a>
        )}
      </nav>
    </div>
  );
}
