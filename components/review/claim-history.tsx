'use client';
import { useEffect, useState } from 'react';
import { claimHistoryAction } from '@/app/(desk)/review/[slug]/actions';
import { useI18n } from '@/components/i18n/i18n-provider';
import { HistoryList, type HistoryEvent } from './history-list';

type Loaded = { key: string; events: HistoryEvent[] };

/**
 * Histories already loaded, by claim and newest event: going back to a claim shows its history
 * at once, and a change to it (a new newest event) makes a new key, so it is never stale.
 */
const loaded = new Map<string, HistoryEvent[]>();
const LOADED_LIMIT = 100;

function remember(key: string, events: HistoryEvent[]) {
  loaded.set(key, events);
  if (loaded.size > LOADED_LIMIT) loaded.delete(loaded.keys().next().value!);
}

/**
 * The selected claim's history, loaded when the claim is selected (the page sends none) and
 * again when a change adds an event. While a newer history loads, the one shown stays, marked
 * busy; a claim seen for the first time says it is loading; a failure says so with a retry.
 */
export function ClaimHistory({ claimId, head }: { claimId: number; head: number }) {
  const { t } = useI18n();
  const key = `${claimId}:${head}`;
  const [shown, setShown] = useState<Loaded | null>(() => (loaded.has(key) ? { key, events: loaded.get(key)! } : null));
  const [failed, setFailed] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const cached = loaded.get(key);
    if (cached) {
      setShown({ key, events: cached });
      setFailed(null);
      return;
    }
    if (head === 0) {
      // No event yet: nothing to ask for.
      remember(key, []);
      setShown({ key, events: [] });
      setFailed(null);
      return;
    }
    let current = true;
    setFailed(null);
    claimHistoryAction({ claimId }).then(
      (result) => {
        if (!current) return;
        if (result.ok) {
          remember(key, result.data);
          setShown({ key, events: result.data });
        } else setFailed(key);
      },
      () => current && setFailed(key),
    );
    return () => {
      current = false;
    };
  }, [key, claimId, head, attempt]);

  // What was shown for this claim (an older head) stays while the newer one loads.
  const events = shown && shown.key.startsWith(`${claimId}:`) ? shown.events : null;
  const busy = shown?.key !== key && failed !== key;

  return (
    <div aria-busy={busy} data-history-state={failed === key ? 'failed' : busy ? 'loading' : 'loaded'}>
      {failed === key && (
        <div role="alert" className="mb-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          <p>{t('review.historyFailed')}</p>
          <button type="button" className="btn mt-2" onClick={() => setAttempt((n) => n + 1)}>
            {t('review.historyRetry')}
          </button>
        </div>
      )}
      {events ? (
        <HistoryList events={events} />
      ) : (
        failed !== key && (
          <p role="status" className="text-sm text-stone-600">
            {t('review.historyLoading')}
          </p>
        )
      )}
    </div>
  );
}
