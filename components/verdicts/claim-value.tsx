import type { Qualifier } from '@/lib/extract/types';
import type { I18n } from '@/components/i18n/i18n';
import { Quote } from './quote';

/** "more than 10,000" in the reader's language and digits, with the article's own words beside it. */
export function ClaimValue({
  i18n,
  value,
  qualifier,
  quote,
  articleLang,
}: {
  i18n: Pick<I18n, 't' | 'number' | 'locale'>;
  value: number | null;
  qualifier: Qualifier | null;
  quote: string;
  articleLang: string;
}) {
  const amount = value === null ? i18n.t('claim.valueNone') : i18n.number(value);
  return (
    <span className="inline-flex flex-wrap items-baseline gap-x-2">
      <strong className="text-lg" data-value={value ?? ''}>
        {qualifier && <>{i18n.t(`qualifier.${qualifier}`)} </>}
        <bdi>{amount}</bdi>
      </strong>
      <Quote lang={articleLang} pageLocale={i18n.locale} className="text-stone-700">
        {quote}
      </Quote>
    </span>
  );
}
