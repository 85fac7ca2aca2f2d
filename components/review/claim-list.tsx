'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { StatusBadge } from '@/components/claims/status-badge';
import type { DeskClaim } from './types';

export function ClaimList({
  claims,
  selectedId,
  onSelect,
  articleLang,
}: {
  claims: DeskClaim[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  articleLang: string;
}) {
  const { t, number } = useI18n();
  return (
    <ol className="space-y-1" aria-label={t('review.claims')}>
      {claims.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            data-claim-item={c.id}
            aria-current={c.id === selectedId}
            onClick={() => onSelect(c.id)}
            className={`w-full rounded border px-2 py-1.5 text-start text-sm ${
              c.id === selectedId ? 'border-accent bg-teal-50' : 'border-stone-200 bg-white hover:bg-stone-50'
            }`}
          >
            <span className="flex items-center justify-between gap-2">
              <span className="flex items-center gap-1">
                <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                {c.publication?.action === 'publish' && (
                  <span data-published className={`text-xs ${c.changedSincePublication ? 'text-amber-700' : 'text-stone-500'}`}>
                    {c.changedSincePublication ? t('overview.changed') : t('overview.published')}
                  </span>
                )}
              </span>
              <span className="text-xs text-stone-500">{t(`category.${c.category}`)}</span>
            </span>
            <span className="mt-1 block">
              <strong>
                <bdi>{c.value === null ? t('claim.valueNone') : number(c.value)}</bdi>
              </strong>{' '}
              <bdi lang={articleLang} className="text-stone-700">
                {c.quote}
              </bdi>
            </span>
            <span className="block truncate text-xs text-stone-500">
              <bdi lang={articleLang}>{c.claimant ?? t('claim.claimantNone')}</bdi>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
