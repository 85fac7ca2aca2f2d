import type { PublicVerdict } from '@/db/queries/public-verdicts';
import type { I18n } from '@/components/i18n/i18n';
import { StatusBadge } from '@/components/claims/status-badge';
import { Quote } from './quote';

/**
 * On a phone the article page opens with its verdicts in brief, each linked to its place in
 * the text, instead of leaving them after the whole article. Wide screens show the cards
 * beside the text, so this is hidden there.
 */
export function VerdictSummary({ verdicts, i18n, articleLang }: { verdicts: PublicVerdict[]; i18n: I18n; articleLang: string }) {
  if (verdicts.length === 0) return null;
  const { t, number } = i18n;
  const ordered = [...verdicts].sort((a, b) => a.claim.start - b.claim.start);
  return (
    <nav aria-labelledby="summary-heading" className="card space-y-2 lg:hidden" data-verdict-summary>
      <h2 id="summary-heading" className="text-lg font-semibold">
        {t('article.summary')}
      </h2>
      <ol className="divide-y divide-stone-200">
        {ordered.map((v) => (
          <li key={v.claimId} className="py-2" data-summary-item={v.claimId}>
            <a href={`#text-claim-${v.claimId}`} className="block space-y-1 rounded hover:bg-stone-50">
              <span className="flex flex-wrap items-center gap-2">
                <StatusBadge status={v.status} label={t(`verdict.${v.status}`)} />
                <strong>
                  {v.claim.qualifier && <>{t(`qualifier.${v.claim.qualifier}`)} </>}
                  <bdi>{v.claim.value === null ? t('claim.valueNone') : number(v.claim.value)}</bdi>
                </strong>
              </span>
              <Quote lang={articleLang} pageLocale={i18n.locale} className="line-clamp-2 block text-sm text-stone-700">
                {v.claim.quote}
              </Quote>
              <span className="text-xs text-accent underline">{t('article.inText')}</span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
