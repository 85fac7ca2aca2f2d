/**
 * The history kinds the desk adds to EVENT_KINDS (lib/vocabulary.ts) and their payloads,
 * and the filters of the desk-wide activity feed (`/activity`, `GET /api/v1/activity`).
 * Every desk change is a history row written in the transaction that makes it: who was
 * assigned, the public explanation (what readers will see), an article made public,
 * unlisted or deleted. A deletion is a row like any other; nothing of the history goes.
 */
import { DomainError } from '@/lib/errors';
import { EVENT_KINDS } from '@/lib/vocabulary';
import type { ArticleVisibility } from './article-visibility';
import { decodeCursor, type Cursor } from './claim-filters';

export const DESK_EVENT_KINDS = ['claim_assigned', 'explanation_changed', 'article_visibility_changed', 'article_deleted'] as const;
export type DeskEventKind = (typeof DESK_EVENT_KINDS)[number];

/** EVENT_KINDS (lib/vocabulary.ts) now holds the desk kinds as well; kept as a name for the feed. */
export const EVENT_KINDS_V2 = EVENT_KINDS;
export type EventKindV2 = (typeof EVENT_KINDS_V2)[number];

export interface DeskEventPayloads {
  /** Null ids: unassigned. `bulk` when it came from a bulk action (one row per claim still). */
  claim_assigned: { from: number | null; to: number | null; bulk?: boolean };
  explanation_changed: { from: string | null; to: string | null };
  article_visibility_changed: { from: ArticleVisibility; to: ArticleVisibility };
  /** The reason is the row's note. */
  article_deleted: Record<string, never>;
}

export interface ActivityFilters {
  /** The acting user's id. */
  person?: number;
  /** Article slug. */
  article?: string;
  kind?: EventKindV2[];
}

const refuse = (param: string, why: string) => new DomainError('invalid_input', `${param}: ${why}`, { [param]: why });

/** The feed's filters and position from the query string; newest first, keyset on the event id. */
export function parseActivityQuery(params: URLSearchParams): { filters: ActivityFilters; cursor: Cursor | null } {
  const filters: ActivityFilters = {};
  const person = params.get('person')?.trim();
  if (person) {
    if (!/^[1-9]\d{0,9}$/.test(person)) throw refuse('person', 'must be a user id');
    filters.person = Number(person);
  }
  const article = params.get('article')?.trim();
  if (article) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(article) || article.length > 80) throw refuse('article', 'must be an article slug');
    filters.article = article;
  }
  const kinds = params
    .getAll('kind')
    .flatMap((k) => k.split(','))
    .map((k) => k.trim())
    .filter(Boolean);
  for (const k of kinds) {
    if (!(EVENT_KINDS_V2 as readonly string[]).includes(k)) throw refuse('kind', `"${k}" is not one of: ${EVENT_KINDS_V2.join(', ')}`);
  }
  if (kinds.length) filters.kind = [...new Set(kinds)] as EventKindV2[];
  const cursor = params.get('cursor')?.trim();
  return { filters, cursor: cursor ? decodeCursor(cursor) : null };
}
