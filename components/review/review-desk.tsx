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
import type { StatusIntent } from './status-form';
import { statusColour, type DeskAbilities, type DeskArticle, type DeskClaim } from './types';

const KEY_STATUS: Record<string, ClaimStatus> = { v: 'verified', d: 'disputed', u: 'unverifiable' };

/** Scrolls inside the desk column that holds `el` (on wide screens), else the page. */
function scrollToCentre(el: Element | null | undefined) {
  if (!el) return;
  const box = el.closest('[data-scroll-box]');
  if (box && box.scrollHeight > box.clientHeight) {
    const offset = el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    box.scrollTo({ top: box.scrollTop + offset - box.clientHeight / 3, behavior: 'smooth' });
  } else {
    el.scrollIntoView({ block: 'center', behavior: 'smooth' });
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

export function ReviewDesk({ article, claims, abilities }: { article: DeskArticle; claims: DeskClaim[]; abilities: DeskAbilities }) {
  const { t } = useI18n();
  const [statusFilter, setStatusFilter] = useState<ClaimStatus | ''>('');
  const [categoryFilter, setCategoryFilter] = useState<Category | ''>('');
  const [selectedId, setSelectedId] = useState<number | null>(claims[0]?.id ?? null);
  const [intent, setIntent] = useState<StatusIntent | null>(null);
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const textRef = useRef<HTMLDivElement>(null);

  const visible = useMemo(
    () => claims.filter((c) => (!statusFilter || c.status === statusFilter) && (!categoryFilter || c.category === categoryFilter)),
    [claims, statusFilter, categoryFilter],
  );
  const byId = useMemo(() => new Map(claims.map((c) => [c.id, c])), [claims]);
  const selected = selectedId ? byId.get(selectedId) ?? null : null;
  const segments = useMemo(
    () =>
      segmentText(
        article.body,
        claims.flatMap((c) => (c.mentions.length ? c.mentions : [{ start: c.start, end: c.end }]).map((m) => ({ claimId: c.id, ...m }))),
      ),
    [article.body, claims],
  );

  const select = useCallback((id: number, scroll = true) => {
    setSelectedId(id);
    setIntent(null);
    if (scroll) {
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
      if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'j' || key === 'k') {
        if (visible.length === 0) return;
        const index = visible.findIndex((c) => c.id === selectedId);
        const next = key === 'j' ? Math.min(index + 1, visible.length - 1) : Math.max(index - 1, 0);
        select(visible[index === -1 ? 0 : next].id);
        e.preventDefault();
      } else if (KEY_STATUS[key] && selected) {
        setIntent({ status: KEY_STATUS[key], nonce: Date.now() });
        e.preventDefault();
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [visible, selectedId, selected, select]);

  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,5fr)_minmax(0,3fr)_minmax(0,4fr)]">
      <section aria-label={t('review.articleText')} data-scroll-box className="card lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto">
        <p className="mb-2 text-xs text-stone-500">{t('review.selectionHint')}</p>
        <div
          ref={textRef}
          onMouseUp={() => abilities.edit && textRef.current && setSelection(selectionOffsets(textRef.current, article.body))}
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

      <section aria-label={t('review.claims')} data-scroll-box className="space-y-2 lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto">
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
        {visible.length === 0 && <p className="text-sm text-stone-500">{t('review.noMatch')}</p>}
        <ClaimList claims={visible} selectedId={selectedId} onSelect={(id) => select(id)} articleLang={article.language} />
      </section>

      <section className="card space-y-3 lg:max-h-[calc(100vh-9rem)] lg:overflow-y-auto">
        <p className="text-xs text-stone-500" dir="auto">
          {t('review.shortcuts')}
        </p>
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
          <ClaimPanel claim={selected} article={article} abilities={abilities} intent={intent} />
        ) : (
          <p className="text-sm text-stone-500">{t('review.selectPrompt')}</p>
        )}
      </section>
    </div>
  );
}
