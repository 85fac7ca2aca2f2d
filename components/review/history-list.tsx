'use client';
import type { ReactNode } from 'react';
import { useI18n } from '@/components/i18n/i18n-provider';
import type { DeskEvent } from '@/db/queries/review-desk';
import type { ClaimStatus, VerdictStatus } from '@/lib/vocabulary';

/** What an event is about, shown in the desk-wide feed where events of many claims meet. */
export type EventContext = { articleSlug: string; articleTitle: string; articleLanguage: string; claimQuote: string | null };

/** The fields of an event the list shows. */
export type HistoryEvent = Pick<DeskEvent, 'id' | 'kind' | 'fromStatus' | 'toStatus' | 'note' | 'payload' | 'createdAt' | 'actorName'>;

/** Who did what, when: the claim's whole review trail, or (with context) the desk's activity. */
export function HistoryList({ events }: { events: Array<HistoryEvent & Partial<EventContext>> }) {
  const { t, rich, count, dateTime, locale, messages } = useI18n();
  const fieldNames = messages.fields as Record<string, string>;
  if (events.length === 0) return <p className="text-sm text-stone-600">{t('review.noHistory')}</p>;

  const describe = (e: HistoryEvent): ReactNode => {
    const payload = (e.payload ?? {}) as Record<string, unknown>;
    switch (e.kind) {
      case 'status_changed':
        return rich('history.status_changed', {
          from: t(`status.${e.fromStatus as ClaimStatus}`),
          to: t(`status.${e.toStatus as ClaimStatus}`),
        });
      case 'claim_created':
        return payload.origin === 'extractor' ? t('history.claim_created_extractor') : t('history.claim_created');
      case 'claim_edited': {
        // In the catalog's field order: PostgreSQL's jsonb does not keep a payload's key order.
        const changes = (payload.changes as object) ?? {};
        const fields = [...Object.keys(fieldNames).filter((f) => f in changes), ...Object.keys(changes).filter((f) => !(f in fieldNames))].map((f) => fieldNames[f] ?? f);
        return rich('history.claim_edited', { fields: fields.join(locale === 'ar' ? '، ' : ', ') });
      }
      case 'verdict_published':
        return rich('history.verdict_published', { verdict: t(`verdict.${payload.status as VerdictStatus}`) });
      case 'evidence_added':
      case 'evidence_removed':
        return (
          <>
            {t(`history.${e.kind}`)}:{' '}
            <a href={String(payload.url)} className="text-accent underline" target="_blank" rel="noopener noreferrer">
              <bdi>{String(payload.title ?? payload.url)}</bdi>
            </a>
          </>
        );
      case 'article_imported':
        return count('articleImported', Number(payload.claims ?? 0));
      default:
        return t(`history.${e.kind}`);
    }
  };

  return (
    <ol className="space-y-2 text-sm" data-history>
      {events.map((e) => (
        <li key={e.id} data-event-kind={e.kind} className="border-s-2 border-stone-200 ps-2">
          {e.articleSlug && (
            <p className="text-xs text-stone-600">
              <a href={`/review/${e.articleSlug}`} className="text-accent underline" lang={e.articleLanguage} dir="auto">
                {e.articleTitle}
              </a>
              {e.claimQuote && (
                <>
                  {' · '}
                  <q lang={e.articleLanguage} dir="auto">
                    {e.claimQuote}
                  </q>
                </>
              )}
            </p>
          )}
          <p>
            <strong>
              {e.actorName ? <bdi dir="auto">{e.actorName}</bdi> : t('history.system')}
            </strong>{' '}
            {describe(e)}
          </p>
          {e.note && (
            <p dir="auto" className="whitespace-pre-line text-stone-700">
              {e.note}
            </p>
          )}
          <p className="text-xs text-stone-600">
            <bdi>{dateTime(e.createdAt)}</bdi>
          </p>
        </li>
      ))}
    </ol>
  );
}
