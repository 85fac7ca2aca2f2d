'use client';
import { useI18n } from '@/components/i18n/i18n-provider';
import { StatusBadge } from '@/components/claims/status-badge';
import { Quote } from '@/components/verdicts/quote';
import type { DeskClaim } from './types';

export function ClaimList({
  claims,
  positions,
  selectedId,
  onSelect,
  articleLang,
}: {
  claims: DeskClaim[];
  positions: Map<number, number>;
  selectedId: number | null;
  onSelect: (id: number) => void;
  articleLang: string;
}) {
  const { t, number, id, locale } = useI18n();
  return (
    <ol className="space-y-2" aria-label={t('review.claims')}>
      {claims.map((c) => (
        <li key={c.id}>
          <button
            type="button"
            data-claim-item={c.id}
            aria-current={c.id === selectedId}
            onClick={() => onSelect(c.id)}
            className={`w-full rounded border px-3 py-2 text-start text-sm ${
              c.id === selectedId ? 'border-accent bg-teal-50' : 'border-stone-200 bg-white hover:bg-stone-50'
            }`}
          >
            <span className="flex flex-wrap items-center justify-between gap-2">
              <span className="flex flex-wrap items-center gap-1">
                <span className="text-xs font-semibold text-stone-600">{t('claim.number', { id: id(positions.get(c.id) ?? 0) })}</span>
                <StatusBadge status={c.status} label={t(`status.${c.status}`)} />
                {c.publication?.action === 'publish' && (
                  <span data-published className={`text-xs ${c.changedSincePublication ? 'text-amber-800' : 'text-stone-600'}`}>
                    {c.changedSincePublication ? t('overview.changed') : t('overview.published')}
                  </span>
                )}
              </span>
              <span className="text-xs text-stone-600">{t(`category.${c.category}`)}</span>
            </span>
            {/* The value and the quote each in their own isolate and on their own line, so
                "١٢٠٬٠٠٠" cannot run into "120 ألف نسمة". */}
            <span className="mt-1 block" data-claim-value>
              <strong>
                <bdi>{c.value === null ? t('claim.valueNone') : number(c.value)}</bdi>
              </strong>
            </span>
            <Quote lang={articleLang} pageLocale={locale} className="block text-stone-700">
              {c.quote}
            </Quote>
            <span className="block truncate text-xs text-stone-600">
              <bdi lang={articleLang}>{c.claimant ?? t('claim.claimantNone')}</bdi>
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
