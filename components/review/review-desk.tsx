'use client';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ArticleText } from '@/components/articles/article-text';
import { EnumSelect } from '@/components/forms/enum-select';
import { useI18n } from '@/components/i18n/i18n-provider';
import { segmentText } from '@/lib/articles/segment-text';
import { CATEGORIES, CLAIM_STATUSES, type Category, type ClaimStatus } from '@/lib/vocabulary';
import { AddClaimForm, type TextSelection } from './add-claim-form';
import { ClaimList } from './claim-list';
import { ClaimPanel } from './claim-panel';
import { ShortcutsDialog } from './shortcuts-dialog';
import type { StatusIntent } from './status-form';
import type { DeskFigures } from '@/lib/figures-desk/desk-figures';
import { statusColour, type DeskAbilities, type DeskArticle, type DeskClaim } from './types';

// By physical key (KeyboardEvent.code), so the same keys work with an Arabic layout, where
// the key marked V types ر.
const KEY_STATUS: Record<string, ClaimStatus> = { KeyV: 'verified', KeyD: 'disputed', KeyF: 'false', KeyM: 'misleading', KeyU: 'unverifiable' };

/** Below Tailwind's lg breakpoint the desk shows one view at a time (phone layout). */
const NARROW = '(max-width: 1023.98px)';
const isNarrow = () => typeof window !== 'undefined' && window.matchMedia(NARROW).matches;
const scrollBehaviour = (): ScrollBehavior =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';

type DeskView = 'list' | 'claim' | 'article';

/** Scrolls inside the desk column that holds `el` (on wide screens), else the page. */
function scrollToCentre(el: Element | null | undefined) {
  if (!el) return;
  const box = el.closest('[data-scroll-box]');
  if (box && box.scrollHeight > box.clientHeight) {
    const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTo({ top: box.scrollTop + offset - box.clientHeight / 3, behavior: scrollBehaviour() });
  } else {
    el.scrollIntoView({ block: 'center', behavior: scrollBehaviour() });
  }
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/** Maps the DOM selection inside the article back to offsets in the stored text. */
function selectionOffsets(root: HTMLElement, body: string): TextSelection | null {
  const sel = window.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
  const range = sel.getRangeAt(0);
  const offsetOf = (node: Node, offset: number): number | null => {
    const el = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest('[data-offset]');
    if (!el || !root.contains(el)) return null;
    return Number(el.getAttribute('data-offset')) + (node.nodeType === Node.TEXT_NODE ? offset : 0);
  };
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  if (start === null || end === null || end <= start) return null;
  // Trim the whitespace a double-click or drag often takes with it.
  while (start < end && /\s/.test(body[start])) start++;
  while (end > start && /\s/.test(body[end - 1])) end--;
  return end > start ? { start, end, quote: body.slice(start, end) } : null;
}

export function ReviewDesk({
  article,
  claims,
  abilities,
  figures,
}: {
  article: DeskArticle;
  claims: DeskClaim[];
  abilities: DeskAbilities;
  figures: DeskFigures;
}) {
  const { t, id, dir } = useI18n();
  const [statusFilter, setStatusFilter] = useState<ClaimStatus | ''>('');
  const [categoryFilter, setCategoryFilter] = useState<Category | ''>('');
  // Checkers look at the claims the extractor was least sure of first.
  const [leastConfidentFirst, setLeastConfidentFirst] = useState(false);
  const [selectedId, setSelectedId] = useState<number | null>(claims[0]?.id ?? null);
  const [intent, setIntent] = useState<StatusIntent | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const [view, setView] = useState<DeskView>('list');
  const [keysOpen, setKeysOpen] = useState(false);
  const textRef = useRef<HTMLDivElement>(null);
  const deskRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(
    () => {
      const shown = claims.filter((c) => (!statusFilter || c.status === statusFilter) && (!categoryFilter || c.category === categoryFilter));
      return leastConfidentFirst ? [...shown].sort((a, b) => (a.confidence ?? 2) - (b.confidence ?? 2) || a.start - b.start) : shown;
    },
    [claims, statusFilter, categoryFilter, leastConfidentFirst],
  );
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  // Claims are numbered within their article, in reading order, not by database id.
  const positions = useMemo(
    () => new Map([...claims].sort((a, b) => a.start - b.start || a.id - b.id).map((c, i) => [c.id, i + 1])),
    [claims],
  );
  const selected = selectedId ? byId.get(selectedId) ?? null : null;
  const segments = useMemo(
    () =>
      segmentText(
        article.body,
        claims.flatMap((c) => (c.mentions.length ? c.mentions : [{ start: c.start, end: c.end }]).map((m) => ({ claimId: c.id, ...m }))),
      ),
    [article.body, claims],
  );

  const showView = useCallback((next: DeskView) => {
    setView(next);
    requestAnimationFrame(() => deskRef.current?.scrollIntoView({ block: 'start', behavior: 'auto' }));
  }, []);

  const select = useCallback((id: number, scroll = true) => {
    setSelectedId(id);
    setIntent(null);
    if (isNarrow()) {
      // On a phone the claim opens in its own view, the status controls first.
      showView('claim');
    } else if (scroll) {
      requestAnimationFrame(() => {
        scrollToCentre(textRef.current?.querySelector(`mark[data-claims~="${id}"]`));
        scrollToCentre(document.querySelector(`[data-claim-item="${id}"]`));
      });
    }
  }, []);

  useEffect(() => {
    const fromHash = Number(window.location.hash.replace('#claim-', ''));
    if (fromHash && byId.has(fromHash)) select(fromHash);
    // Only on arrival: the hash is a deep link, not state to follow.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target) || keysOpen) return;
      const code = e.code;
      if (code === 'Slash' && e.shiftKey) {
        setKeysOpen(true);
        e.preventDefault();
      } else if (code === 'KeyJ' || code === 'KeyK') {
        if (visible.length === 0) return;
        const index = visible.findIndex((c) => c.id === selectedId);
        const next = code === 'KeyJ' ? Math.min(index + 1, visible.length - 1) : Math.max(index - 1, 0);
        select(visible[index === -1 ? 0 : next].id);
        e.preventDefault();
      } else if (KEY_STATUS[code] && selected) {
        setIntent({ status: KEY_STATUS[code], nonce: Date.now() });
        e.preventDefault();
      }
    }
    window.addEventListener('keydown', onKey);
    // Says the shortcuts are live (keys pressed before hydration do nothing); tests wait on it.
    deskRef.current?.setAttribute('data-keys-ready', '');
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, selectedId, selected, select, keysOpen]);

  const onlyIn = (v: DeskView) => (view === v ? '' : 'max-lg:hidden');
  const selectedPosition = selected ? positions.get(selected.id)! : null;

  return (
    <div ref={deskRef} className="grid scroll-mt-2 grid-cols-[minmax(0,1fr)] gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,3fr)_minmax(0,4fr)]">
      <div role="group" aria-label={t('review.deskViews')} className="flex gap-2 lg:hidden" data-desk-tabs>
        <button type="button" className="btn min-h-11 flex-1" aria-pressed={view !== 'article'} onClick={() => showView('list')}>
          {t('review.showClaims')} <bdi>({id(claims.length)})</bdi>
        </button>
        <button type="button" className="btn min-h-11 flex-1" aria-pressed={view === 'article'} onClick={() => showView('article')}>
          {t('review.showArticle')}
        </button>
      </div>
      <section
        aria-label={t('review.articleText')}
        data-scroll-box
        // A scrolling column on wide screens: focusable so the keyboard can scroll it too.
        tabIndex={0}
        className={`card lg:order-none lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto ${onlyIn('article')}`}
      >
        <p className="mb-2 text-xs text-stone-600">{t('review.selectionHint')}</p>
        <div
          ref={textRef}
          onMouseUp={() => {
            if (!abilities.edit || !textRef.current) return;
            const picked = selectionOffsets(textRef.current, article.body);
            setSelection(picked);
            if (picked && isNarrow()) showView('claim');
          }}
        >
          <ArticleText
            lang={article.language}
            segments={segments}
            markFor={(ids) => {
              const first = byId.get(ids[0])!;
              const isSelected = selectedId !== null && ids.includes(selectedId);
              return {
                colour: statusColour(isSelected ? selected!.status : first.status),
                props: {
                  'data-selected': isSelected,
                  'data-claims': ids.join(' '),
                  'data-status': first.status,
                  onClick: () => select(isSelected ? selectedId! : ids[0], false),
                },
              };
            }}
          />
        </div>
      </section>

      <section aria-label={t('review.claims')} data-scroll-box className={`space-y-2 lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto ${onlyIn('list')}`}>
        <div className="flex gap-2">
          <label className="flex-1 text-xs">
            {t('review.filterStatus')}
            <EnumSelect
              name="statusFilter"
              values={CLAIM_STATUSES}
              value={statusFilter}
              onChange={setStatusFilter}
              labelOf={(s) => t(`status.${s}`)}
              emptyLabel={t('review.all')}
              className="input text-sm"
            />
          </label>
          <label className="flex-1 text-xs">
            {t('review.filterCategory')}
            <EnumSelect
              name="categoryFilter"
              values={CATEGORIES}
              value={categoryFilter}
              onChange={setCategoryFilter}
              labelOf={(c) => t(`category.${c}`)}
              emptyLabel={t('review.all')}
              className="input text-sm"
            />
          </label>
        </div>
        <label className="flex items-center gap-2 text-xs">
          <input type="checkbox" checked={leastConfidentFirst} onChange={(e) => setLeastConfidentFirst(e.target.checked)} data-least-confident />
          {t('figures.leastConfident')}
        </label>
        {visible.length === 0 && <p className="text-sm text-stone-600">{t('review.noMatch')}</p>}
        <ClaimList claims={visible} positions={positions} selectedId={selectedId} onSelect={(id) => select(id)} articleLang={article.language} />
      </section>

      <section
        aria-label={selectedPosition ? t('claim.number', { id: id(selectedPosition) }) : t('review.selectPrompt')}
        className={`card space-y-3 lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto ${onlyIn('claim')}`}
      >
        <div className="flex flex-wrap gap-2 lg:hidden">
          <button type="button" className="btn min-h-11" onClick={() => showView('list')}>
            <span aria-hidden>{dir === 'rtl' ? '→' : '←'}</span> {t('review.backToList')}
          </button>
          {selected && (
            <button
              type="button"
              className="btn min-h-11"
              onClick={() => {
                showView('article');
                requestAnimationFrame(() => scrollToCentre(textRef.current?.querySelector(`mark[data-claims~="${selected.id}"]`)));
              }}
            >
              {t('review.openInArticle')}
            </button>
          )}
        </div>
        <button type="button" className="keys-hint text-xs text-stone-600 underline" onClick={() => setKeysOpen(true)} data-keys-hint>
          {t('review.keysHint')}
        </button>
        <ShortcutsDialog open={keysOpen} onClose={() => setKeysOpen(false)} />
        {selection && abilities.edit && (
          <AddClaimForm
            key={`${selection.start}-${selection.end}`}
            articleId={article.id}
            selection={selection}
            articleLang={article.language}
            selectedClaim={selected && { id: selected.id, version: selected.version }}
            onDone={(id) => {
              setSelection(null);
              window.getSelection()?.removeAllRanges();
              if (id) select(id);
            }}
          />
        )}
        {selected ? (
          <ClaimPanel
            claim={selected}
            position={selectedPosition!}
            article={article}
            abilities={abilities}
            intent={intent}
            figures={figures}
            positionOf={(other) => positions.get(other)}
          />
        ) : (
          <p className="text-sm text-stone-600">{t('review.selectPrompt')}</p>
        )}
      </section>
    </div>
  );
}
