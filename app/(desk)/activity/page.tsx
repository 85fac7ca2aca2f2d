import type { Metadata } from 'next';
import { getReadDb } from '@/db';
import { listPeople } from '@/db/queries/activity';
import { HistoryList } from '@/components/review/history-list';
import { historyItem } from '@/components/review/history-items';
import { requirePermission } from '@/lib/auth/session';
import { listActivity } from '@/lib/desk/list-activity';
import { getI18n } from '@/lib/i18n/server';
import { EVENT_KINDS } from '@/lib/vocabulary';
import { cursorLinks, listOrRefusal } from '@/lib/http/list-page';

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('activity.title') };
}

function toParams(raw: Record<string, string | string[] | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) for (const one of [v ?? []].flat()) if (one) params.append(k, one);
  return params;
}

export default async function ActivityPage({ searchParams }: Props) {
  const params = toParams(await searchParams);
  const actor = await requirePermission('claims:read', `/activity?${params}`);
  const db = getReadDb();
  const [{ t }, people] = await Promise.all([getI18n(), listPeople(db)]);
  const { result, refusal } = await listOrRefusal(() => listActivity(db, actor, params));
  const { older, newest } = cursorLinks(params, result?.next);
  const field = 'flex flex-col gap-1 text-sm';

  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t('activity.title')}</h1>
      <p className="text-stone-600">{t('activity.intro')}</p>
      <form method="get" action="/activity" aria-label={t('activity.filters')} className="card flex flex-wrap items-end gap-3">
        <div className={field}>
          <label htmlFor="activity-person">{t('activity.person')}</label>
          <select id="activity-person" name="person" defaultValue={params.get('person') ?? ''} className="input">
            <option value="">{t('activity.any')}</option>
            {people.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="activity-kind">{t('activity.kind')}</label>
          <select id="activity-kind" name="kind" defaultValue={params.get('kind') ?? ''} className="input">
            <option value="">{t('activity.any')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`activity.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={field}>
          <label htmlFor="activity-article">{t('activity.article')}</label>
          <input id="activity-article" name="article" defaultValue={params.get('article') ?? ''} dir="ltr" className="input" />
        </div>
        <button className="btn-primary">{t('activity.apply')}</button>
      </form>
      {refusal && (
        <p role="alert" className="text-red-800" dir="ltr">
          {refusal}
        </p>
      )}
      {result && result.events.length === 0 && <p>{t('activity.empty')}</p>}
      {result && result.events.length > 0 && (
        <section className="card" data-activity>
          <HistoryList events={result.events.map(historyItem)} />
        </section>
      )}
      <nav className="flex gap-4 text-sm">
        {params.has('cursor') && (
          <a href={`/activity?${newest}`} className="text-accent underline">
            {t('activity.newest')}
          </a>
        )}
        {result?.next && (
          <a href={`/activity?${older}`} className="text-accent underline" rel="next" data-older>
            {t('activity.older')}
          </a>
        )}
      </nav>
    </div>
  );
}
