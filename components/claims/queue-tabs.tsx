import Link from 'next/link';
import { filtersToSearchParams, QUEUES, type ClaimFilters } from '@/lib/desk/claim-filters';
import { getI18n } from '@/lib/i18n/server';

/** The ready-made queues; each keeps the other filters of the current view. */
export async function QueueTabs({ filters }: { filters: ClaimFilters }) {
  const { t } = await getI18n();
  const { queue: current, ...rest } = filters;
  const tabs = [undefined, ...QUEUES] as const;
  return (
    <nav aria-label={t('claimsPage.queues')} className="flex flex-wrap gap-2">
      {tabs.map((q) => {
        const qs = filtersToSearchParams(q ? { ...rest, queue: q } : rest).toString();
        return (
          <Link
            key={q ?? 'all'}
            href={`/claims${qs ? `?${qs}` : ''}`}
            aria-current={current === q ? 'page' : undefined}
            className={current === q ? 'btn-primary' : 'btn'}
            data-queue={q ?? 'all'}
          >
            {t(`claimsPage.queue.${q ?? 'all'}`)}
          </Link>
        );
      })}
    </nav>
  );
}
