import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { notifyPublicChange } from '@/db/public-cache-channel';
import { articles, figures } from '@/db/schema';

/**
 * The one place that knows which cached public pages a change makes stale. The public pages
 * (app/[lang]/...) are rendered once and served from Next's cache until one of their tags is
 * expired; every use case that changes what the public sees calls `invalidatePublic` AFTER
 * its transaction committed (a render between the expiry and the commit would cache the old
 * state again), and this server's cache and, on PostgreSQL, every other server's (through
 * NOTIFY, db/public-cache-channel.ts) drop those pages.
 */

/** Every public page carries this tag: expired when a server may have missed changes. */
export const ALL_PUBLIC_TAG = 'public:all';
/** Pages listing verdicts across articles (the home page, /verdicts) when they are cached. */
export const VERDICT_LISTS_TAG = 'public:verdict-lists';
export const articleTag = (slug: string) => `public:article:${slug}`;
export const figureTag = (slug: string) => `public:figure:${slug}`;

export type PublicChange =
  /** A verdict published, or published again after a change (a correction). */
  | { kind: 'verdict-published'; articleId: number; figureId: number | null }
  | { kind: 'verdict-withdrawn'; articleId: number; figureId: number | null }
  /** Marked public, unlisted, or deleted: whether the page exists at all. */
  | { kind: 'article-visibility-changed'; articleId: number }
  | { kind: 'article-edited'; articleId: number }
  /** A claim moved between figures: its article's page links the figure, both figures' pages list it. */
  | { kind: 'figure-linked'; articleId: number; figureIds: readonly (number | null)[] };

/** The slugs a change names, which the tags are made of. */
export interface ChangeSlugs {
  article: string | null;
  figures: string[];
}

/** Which tags a change expires: pure, so a unit test can state the whole map. */
export function tagsForChange(change: PublicChange, slugs: ChangeSlugs): string[] {
  const tags = new Set<string>();
  if (slugs.article) tags.add(articleTag(slugs.article));
  switch (change.kind) {
    case 'verdict-published':
    case 'verdict-withdrawn':
    case 'article-visibility-changed':
      tags.add(VERDICT_LISTS_TAG);
      for (const f of slugs.figures) tags.add(figureTag(f));
      break;
    case 'figure-linked':
      for (const f of slugs.figures) tags.add(figureTag(f));
      break;
    case 'article-edited':
      break;
  }
  return [...tags];
}

function figureIdsOf(change: PublicChange): number[] {
  if (change.kind === 'figure-linked') return change.figureIds.filter((id): id is number => id !== null);
  if (change.kind === 'verdict-published' || change.kind === 'verdict-withdrawn') return change.figureId ? [change.figureId] : [];
  return [];
}

async function slugsOf(db: Db, change: PublicChange): Promise<ChangeSlugs> {
  const ids = figureIdsOf(change);
  const [[article], figureRows] = await Promise.all([
    db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, change.articleId)),
    ids.length ? db.select({ slug: figures.slug }).from(figures).where(inArray(figures.id, ids)) : Promise.resolve([]),
  ]);
  return { article: article?.slug ?? null, figures: figureRows.map((f) => f.slug) };
}

/** Set by lib/public/cache-handler.cjs when Next loads it: expires tags in this process. */
interface CacheHook {
  expire(tags: string[]): void;
}
const hook = () => (globalThis as Record<symbol, CacheHook | undefined>)[Symbol.for('isnad.publicCache')];

/**
 * This process, so it can skip its own NOTIFY (it expired the tags already). On globalThis:
 * instrumentation and the routes are separate bundles with their own copy of this module.
 */
const processGlobal = globalThis as { isnadServerId?: string };
processGlobal.isnadServerId ??= `${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
export const SERVER_ID = processGlobal.isnadServerId;

/** Expires tags in this server's cache (no-op where Next's cache is not loaded: scripts, tests). */
export function expireLocally(tags: string[]): void {
  if (tags.length) hook()?.expire(tags);
}

/**
 * Call after the change's transaction committed. Never throws: the change is made and
 * acknowledged; a failure to reach the other servers is logged (their listener expires
 * everything when it reconnects).
 */
export async function invalidatePublic(db: Db, change: PublicChange): Promise<string[]> {
  try {
    const tags = tagsForChange(change, await slugsOf(db, change));
    expireLocally(tags);
    await notifyPublicChange(db, { from: SERVER_ID, tags });
    return tags;
  } catch (error) {
    console.error('[public-cache] could not expire the public pages of a change:', (error as Error).message);
    return [];
  }
}
