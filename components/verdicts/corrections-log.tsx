import type { PublicCorrection } from '@/db/queries/public-verdicts';
import type { I18n } from '@/components/i18n/i18n';
import { Quote } from './quote';

/** The article's public corrections log: what changed in its published verdicts, and why. */
export function CorrectionsLog({ corrections, i18n, articleLang }: { corrections: PublicCorrection[]; i18n: I18n; articleLang: string }) {
  const { t, rich, date } = i18n;
  return (
    <section aria-labelledby="corrections-heading" className="card space-y-2" data-corrections-log>
      <h2 id="corrections-heading" className="text-lg font-semibold">
        {t('article.correctionsLog')}
      </h2>
      <p className="text-sm text-stone-600">{t('article.correctionsIntro')}</p>
      <ol className="space-y-2 text-sm">
        {corrections.map((c) => {
          const quote = <Quote lang={articleLang} pageLocale={i18n.locale}>{c.quote}</Quote>;
          return (
            <li key={`${c.claimId}-${c.at.getTime()}`} data-correction={c.kind}>
              {c.kind === 'corrected' && c.to
                ? rich('article.logCorrected', { date: date(c.at), quote, from: t(`verdict.${c.from}`), to: t(`verdict.${c.to}`) })
                : rich('article.logWithdrawn', { date: date(c.at), quote, from: t(`verdict.${c.from}`) })}
              {c.note && (
                <span dir="auto" className="block text-stone-600">
                  {c.note}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
