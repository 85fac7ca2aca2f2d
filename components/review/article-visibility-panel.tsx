'use client';
import { useId, useState } from 'react';
import { useRouter } from 'next/navigation';
import { setArticleVisibilityAction } from '@/app/_actions/article-visibility';
import { useI18n } from '@/components/i18n/i18n-provider';
import { articleRefusalMessage, type ArticleAction } from '@/lib/desk/article-visibility';
import { ActionError } from './action-error';
import { useMutation } from './use-mutation';

/**
 * An editor's control over whether the article is public: mark it public, unlist it, or
 * delete it. Each asks to confirm first (a deletion asks for its reason, kept in the
 * history); a refusal names every rule in the reader's language, e.g. that published
 * verdicts must be withdrawn before the article can go.
 */
export function ArticleVisibilityPanel({ slug, visibility, publishedVerdicts }: { slug: string; visibility: 'auto' | 'public'; publishedVerdicts: number }) {
  const { t, locale, number } = useI18n();
  const router = useRouter();
  const [asking, setAsking] = useState<ArticleAction | null>(null);
  const [reason, setReason] = useState('');
  const { run, pending, error, reset } = useMutation(setArticleVisibilityAction);
  const reasonId = useId();
  const refusals = error?.code === 'invalid_transition' && error.fields ? Object.keys(error.fields).map((code) => [code, articleRefusalMessage(code)] as const) : [];

  const state =
    visibility === 'public'
      ? t('articleVisibility.statePublic')
      : publishedVerdicts > 0
        ? t('articleVisibility.stateAutoPublic', { count: number(publishedVerdicts) })
        : t('articleVisibility.statePrivate');
  const ask = (action: ArticleAction) => {
    reset();
    setReason('');
    setAsking(action);
  };
  const confirm = () =>
    run({ slug, action: asking, reason: asking === 'delete' ? reason : undefined }, () => {
      if (asking === 'delete') router.push('/review');
      setAsking(null);
    });

  return (
    // Folded to one line, so on a phone the claim list still starts on the first screen.
    <details className="card text-sm" data-article-visibility={visibility}>
      <summary className="cursor-pointer">
        <span className="font-semibold">{t('articleVisibility.heading')}</span>: <span data-visibility-state>{state}</span>
      </summary>
      <div className="mt-2 space-y-2">
        {asking === null ? (
          <div className="flex flex-wrap gap-2">
            {visibility === 'auto' ? (
              <button type="button" className="btn" onClick={() => ask('make_public')}>
                {t('articleVisibility.makePublic')}
              </button>
            ) : (
              <button type="button" className="btn" onClick={() => ask('unlist')}>
                {t('articleVisibility.unlist')}
              </button>
            )}
            <button type="button" className="btn border-red-300 text-red-800" onClick={() => ask('delete')}>
              {t('articleVisibility.delete')}
            </button>
          </div>
        ) : (
          <div role="group" aria-labelledby={`${reasonId}-question`} className="space-y-2 rounded border border-stone-300 p-2" data-confirm={asking}>
            <p id={`${reasonId}-question`}>{t(`articleVisibility.confirm.${asking}`)}</p>
            {asking === 'delete' && (
              <div className="flex flex-col gap-1">
                <label htmlFor={reasonId}>{t('articleVisibility.reason')}</label>
                <textarea id={reasonId} className="input" rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
              </div>
            )}
            <div className="flex flex-wrap gap-2">
              <button type="button" className={asking === 'delete' ? 'btn border-red-700 bg-red-700 text-white' : 'btn-primary'} disabled={pending} onClick={confirm}>
                {t(`articleVisibility.do.${asking}`)}
              </button>
              <button type="button" className="btn" disabled={pending} onClick={() => setAsking(null)}>
                {t('articleVisibility.cancel')}
              </button>
            </div>
          </div>
        )}
        {refusals.length > 0 ? (
          <div role="alert" data-error-code="article_rules" className="rounded border border-red-200 bg-red-50 p-2 text-red-800">
            <p className="font-semibold">{t('articleVisibility.refused')}</p>
            <ul className="list-disc ps-5">
              {refusals.map(([code, message]) => (
                <li key={code} data-unmet={code}>
                  {message ? message[locale] : code}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <ActionError error={error} />
        )}
      </div>
    </details>
  );
}
