import type { I18n } from '@/components/i18n/i18n';

/**
 * The short hash of the record that published a verdict: a reader can match it against the
 * chain head the desk publishes (GET /api/v1/public/chain-head) and a later copy of the
 * history, so a rewritten verdict would show. The full hash is in the title and for copying.
 */
export function RecordHash({ hash, i18n }: { hash?: string | null; i18n: I18n }) {
  if (!hash) return null;
  return (
    <p className="text-xs text-stone-600" title={i18n.t('article.recordHashTitle')} data-record-hash={hash}>
      {i18n.rich('article.recordHash', {
        hash: (
          <code dir="ltr" translate="no" className="font-mono">
            {hash.slice(0, 12)}
          </code>
        ),
      })}
    </p>
  );
}
