'use client';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { createFigureForClaimAction, linkFigureAction, rejectSuggestionAction, reuseVerdictAction } from '@/app/_actions/figures';
import { useI18n } from '@/components/i18n/i18n-provider';
import { ActionError } from '@/components/review/action-error';
import { useMutation } from '@/components/review/use-mutation';
import type { DeskClaim } from '@/components/review/types';
import type { DeskFigures } from '@/lib/figures-desk/desk-figures';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** The claim's figure, its suggestions (A links the first, R rejects it), earlier verdicts and warnings. */
export function ClaimFigureSection({ claim, data, positionOf }: { claim: DeskClaim; data: DeskFigures; positionOf: (id: number) => number | undefined }) {
  const i18n = useI18n();
  const { t, locale, id: fmtId } = i18n;
  const link = useMutation(linkFigureAction);
  const reject = useMutation(rejectSuggestionAction);
  const reuse = useMutation(reuseVerdictAction);
  const create = useMutation(createFigureForClaimAction);
  const [title, setTitle] = useState('');
  const suggestions = data.suggestions[claim.id] ?? [];
  const earlier = data.earlier[claim.id] ?? [];
  const warnings = data.warnings.filter((w) => w.claimIds.includes(claim.id));
  const figure = claim.figureId !== null ? data.figures[claim.figureId] : null;
  const titleOf = (f: { titleAr: string | null; titleEn: string | null }) => (locale === 'ar' ? f.titleAr ?? f.titleEn : f.titleEn ?? f.titleAr) ?? '';

  const accept = (figureId: number | null, otherClaim: number | null) => {
    if (figureId !== null) link.run({ claimId: claim.id, figureId, version: claim.version, suggested: true });
    else if (otherClaim !== null) {
      // An earlier claim with no figure yet: the figure is named after it and both are linked.
      setTitle(data.claims[otherClaim]?.quote ?? '');
    }
  };
  const rejectOne = (figureId: number | null, otherClaim: number | null) =>
    reject.run(figureId !== null ? { claimId: claim.id, figureId } : { claimId: claim.id, rejectClaimId: otherClaim });

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || claim.figureId !== null) return;
      const top = suggestions[0];
      if (!top) return;
      // By physical key, so an Arabic layout works too.
      if (e.code === 'KeyA' && top.figureId !== null) {
        accept(top.figureId, null);
        e.preventDefault();
      } else if (e.code === 'KeyR') {
        rejectOne(top.figureId, top.claimId);
        e.preventDefault();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <section className="space-y-2 rounded border border-stone-200 p-2" aria-labelledby={`figure-heading-${claim.id}`} data-figure-section>
      <h3 id={`figure-heading-${claim.id}`} className="text-sm font-semibold">
        {t('figures.section')}
      </h3>
      {figure ? (
        <p className="flex flex-wrap items-center gap-2 text-sm" data-linked-figure={figure.id}>
          <span>{t('figures.linkedTo')}:</span>
          <Link href={`/figures/${figure.id}`} className="text-accent underline">
            <bdi>{titleOf(figure)}</bdi>
          </Link>
          <button type="button" className="btn" disabled={link.pending} onClick={() => link.run({ claimId: claim.id, figureId: null, version: claim.version })}>
            {t('figures.unlink')}
          </button>
        </p>
      ) : (
        <div className="space-y-1">
          <h4 className="text-xs font-semibold text-stone-600">{t('figures.suggestions')}</h4>
          {suggestions.length === 0 && <p className="text-sm text-stone-600">{t('figures.noSuggestions')}</p>}
          <ol className="space-y-1" data-suggestions>
            {suggestions.map((s, i) => {
              const f = s.figureId !== null ? data.figures[s.figureId] : null;
              const c = s.claimId !== null ? data.claims[s.claimId] : null;
              return (
                <li key={`${s.figureId}-${s.claimId}`} className="rounded bg-stone-50 p-2 text-sm" data-suggestion={s.figureId !== null ? `figure-${s.figureId}` : `claim-${s.claimId}`}>
                  <p className="font-medium">
                    {f ? (
                      <Link href={`/figures/${f.id}`} className="text-accent underline">
                        <bdi>{titleOf(f)}</bdi>
                      </Link>
                    ) : c ? (
                      <>
                        {t('figures.earlierClaim')}:{' '}
                        <Link href={`/review/${c.articleSlug}#claim-${c.id}`} className="text-accent underline">
                          <bdi dir="auto">{c.quote}</bdi>
                        </Link>{' '}
                        (<bdi dir="auto">{c.articleTitle}</bdi>)
                      </>
                    ) : null}
                  </p>
                  <ul className="list-disc ps-5 text-xs text-stone-700">
                    {s.reasons.map((r) => (
                      <li key={r.code}>
                        <bdi dir="auto">{r.message[locale]}</bdi>
                      </li>
                    ))}
                  </ul>
                  <div className="mt-1 flex gap-2">
                    {s.figureId !== null && (
                      <button type="button" className="btn" disabled={link.pending} onClick={() => accept(s.figureId, null)} aria-keyshortcuts={i === 0 ? 'A' : undefined}>
                        {t('figures.accept')}
                      </button>
                    )}
                    <button type="button" className="btn" disabled={reject.pending} onClick={() => rejectOne(s.figureId, s.claimId)} aria-keyshortcuts={i === 0 ? 'R' : undefined}>
                      {t('figures.reject')}
                    </button>
                  </div>
                </li>
              );
            })}
          </ol>
          {suggestions.length > 0 && <p className="text-xs text-stone-600 max-lg:hidden">{t('figures.keys')}</p>}
          <form
            className="flex flex-wrap items-end gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              create.run({
                claimId: claim.id,
                version: claim.version,
                figure: { [locale === 'ar' ? 'title_ar' : 'title_en']: title, category: claim.category, counted: claim.counted },
              });
            }}
          >
            <label className="flex flex-col text-xs">
              {t('figures.newFigure')}
              <input className="input min-w-48" value={title} onChange={(e) => setTitle(e.target.value)} aria-label={`${t('figures.newFigure')}: ${t('figures.newFigureTitle')}`} required />
            </label>
            <button type="submit" className="btn" disabled={create.pending}>
              {t('figures.create')}
            </button>
          </form>
        </div>
      )}
      {earlier.length > 0 && (
        <div className="space-y-1" data-earlier-verdicts>
          <h4 className="text-xs font-semibold text-stone-600">{t('figures.earlier')}</h4>
          <ul className="space-y-1 text-sm">
            {earlier.map((v) => (
              <li key={v.claimId} className="rounded bg-stone-50 p-2">
                <strong>{t(`status.${v.status as 'verified'}`)}</strong> ·{' '}
                <Link href={`/review/${v.article.slug}#claim-${v.claimId}`} className="text-accent underline">
                  <bdi dir="auto">{v.article.title}</bdi>
                </Link>{' '}
                <bdi>{i18n.date(v.article.date)}</bdi>
                {v.rationale && (
                  <p dir="auto" className="text-xs text-stone-700">
                    {v.rationale}
                  </p>
                )}
                <button type="button" className="btn mt-1" disabled={reuse.pending} onClick={() => reuse.run({ claimId: claim.id, fromClaimId: v.claimId })}>
                  {t('figures.reuse')}
                </button>
              </li>
            ))}
          </ul>
          {reuse.result?.ok && (
            <p role="status" className="text-xs text-stone-700">
              {t('figures.reused')}
            </p>
          )}
        </div>
      )}
      {warnings.length > 0 && (
        <div className="space-y-1" data-warnings>
          <h4 className="text-xs font-semibold text-stone-600">{t('figures.warnings')}</h4>
          <ul className="space-y-1 text-sm">
            {warnings.map((w) => (
              <li key={`${w.code}-${w.claimIds.join('-')}`} className="rounded border-s-4 border-amber-500 bg-amber-50 p-2" data-warning={w.code}>
                <p dir="auto">{w.message[locale]}</p>
                <p className="flex flex-wrap gap-2 text-xs">
                  {w.claimIds
                    .filter((other) => other !== claim.id)
                    .map((other) => {
                      const pos = positionOf(other);
                      return (
                        <a key={other} href={`#claim-${other}`} className="text-accent underline">
                          {pos ? i18n.rich('claim.number', { id: fmtId(pos) }) : <bdi>#{fmtId(other)}</bdi>}
                        </a>
                      );
                    })}
                </p>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ActionError error={link.error ?? reject.error ?? reuse.error ?? create.error} />
    </section>
  );
}
