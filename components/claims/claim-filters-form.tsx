import { CATEGORIES } from '@/lib/vocabulary';
import { PUBLISHED_STATES } from '@/lib/desk/claims-export';
import type { ClaimFilters } from '@/lib/desk/claim-filters';
import { getI18n } from '@/lib/i18n/server';
import { CLAIM_STATUSES_V2 } from '@/lib/verdicts/scale';

const PUBLISHED_LABEL = {
  published: 'published',
  unpublished: 'unpublished',
  changed_since_publication: 'changed',
  withdrawn: 'unpublished',
} as const;

/** A plain GET form: the filters live in the URL, so a view can be bookmarked and shared. */
export async function ClaimFiltersForm({ filters, users, bare = false }: { filters: ClaimFilters; users: Array<{ id: number; name: string }>; bare?: boolean }) {
  const { t } = await getI18n();
  const field = 'block text-sm';
  return (
    <form method="get" action="/claims" aria-label={t('claimsPage.filters')} className={`${bare ? "" : "card "}grid gap-2 sm:grid-cols-2 lg:grid-cols-4`}>
      {filters.queue && <input type="hidden" name="queue" value={filters.queue} />}
      <label className={field}>
        {t('claimsPage.status')}
        <select name="status" defaultValue={filters.status?.[0] ?? ''} className="input">
          <option value="">{t('claimsPage.any')}</option>
          {CLAIM_STATUSES_V2.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t('claimsPage.category')}
        <select name="category" defaultValue={filters.category?.[0] ?? ''} className="input">
          <option value="">{t('claimsPage.any')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`category.${c}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t('claimsPage.assignee')}
        <select name="assignee" defaultValue={filters.assignee === undefined ? '' : String(filters.assignee)} className="input">
          <option value="">{t('claimsPage.any')}</option>
          <option value="none">{t('review.unassigned')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t('claimsPage.published')}
        <select name="published" defaultValue={filters.published?.[0] ?? ''} className="input">
          <option value="">{t('claimsPage.any')}</option>
          {PUBLISHED_STATES.filter((s) => s !== 'withdrawn').map((s) => (
            <option key={s} value={s}>
              {t(`claimsPage.publishedState.${PUBLISHED_LABEL[s]}`)}
            </option>
          ))}
        </select>
      </label>
      <label className={field}>
        {t('claimsPage.claimant')}
        <input name="claimant" dir="auto" defaultValue={filters.claimant ?? ''} className="input" />
      </label>
      <label className={field}>
        {t('claimsPage.article')}
        <input name="article" dir="ltr" defaultValue={filters.article ?? ''} className="input" />
      </label>
      <label className={field}>
        {t('claimsPage.from')}
        <input type="date" name="from" defaultValue={filters.from ?? ''} className="input" />
      </label>
      <label className={field}>
        {t('claimsPage.to')}
        <input type="date" name="to" defaultValue={filters.to ?? ''} className="input" />
      </label>
      <div className="flex gap-2 sm:col-span-2 lg:col-span-4">
        <button className="btn-primary">{t('claimsPage.apply')}</button>
        <a href="/claims" className="btn">
          {t('claimsPage.clear')}
        </a>
      </div>
    </form>
  );
}
