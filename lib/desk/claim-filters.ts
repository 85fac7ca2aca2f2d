/**
 * The filters of the desk-wide claim list, read from and written to the URL, so a filtered
 * view can be bookmarked, shared and exported (`/claims?…`, `GET /api/v1/claims?…` and
 * `export.csv?…` take the same parameters). Repeated or comma-separated values mean "any
 * of"; different parameters combine with AND. Invalid values are refused with a message
 * naming the parameter and what it accepts, never silently dropped: a list that quietly
 * ignores half of its filter is worse than an error.
 */
import { DomainError } from '@/lib/errors';
import { CATEGORIES, type Category } from '@/lib/vocabulary';
import { CLAIM_STATUSES_V2, VERDICTS, type ClaimStatusV2, type Verdict } from '@/lib/verdicts/scale';
import { PUBLISHED_STATES, type PublishedState } from './claims-export';

export const QUEUES = ['mine', 'unassigned', 'attention', 'ready'] as const;
export type Queue = (typeof QUEUES)[number];

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export interface ClaimFilters {
  status?: ClaimStatusV2[];
  /** The verdict the public sees now (a published one). */
  verdict?: Verdict[];
  category?: Category[];
  /** Claimant as written; matched on the normalised text (searchText), so spelling variants meet. */
  claimant?: string;
  /** Article slug. */
  article?: string;
  /** A user id, or 'none' for unassigned claims. */
  assignee?: number | 'none';
  published?: PublishedState[];
  queue?: Queue;
  /** Inclusive YYYY-MM-DD bounds on the claim's last change (claims.updated_at, UTC days). */
  from?: string;
  to?: string;
}

export interface ListPage {
  cursor: Cursor | null;
  limit: number;
}

/** Keyset position: the sort key of the last row shown (updated_at in ms) and its id. */
export interface Cursor {
  key: number;
  id: number;
}

const refuse = (param: string, why: string) => new DomainError('invalid_input', `${param}: ${why}`, { [param]: why });

function oneOf<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T[] | undefined {
  const values = params
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);
  if (values.length === 0) return undefined;
  for (const v of values) {
    if (!(allowed as readonly string[]).includes(v)) throw refuse(name, `"${v}" is not one of: ${allowed.join(', ')}`);
  }
  return [...new Set(values)] as T[];
}

function text(params: URLSearchParams, name: string, max: number): string | undefined {
  const v = params.get(name)?.trim();
  if (!v) return undefined;
  if (v.length > max) throw refuse(name, `must be at most ${max} characters`);
  return v;
}

function day(params: URLSearchParams, name: string): string | undefined {
  const v = params.get(name)?.trim();
  if (!v) return undefined;
  const d = new Date(`${v}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v) {
    throw refuse(name, 'must be a date as YYYY-MM-DD');
  }
  return v;
}

export function parseClaimFilters(params: URLSearchParams): ClaimFilters {
  const filters: ClaimFilters = {
    status: oneOf(params, 'status', CLAIM_STATUSES_V2),
    verdict: oneOf(params, 'verdict', VERDICTS),
    category: oneOf(params, 'category', CATEGORIES),
    claimant: text(params, 'claimant', 200),
    article: text(params, 'article', 80),
    published: oneOf(params, 'published', PUBLISHED_STATES),
    queue: oneOf(params, 'queue', QUEUES)?.at(-1),
    from: day(params, 'from'),
    to: day(params, 'to'),
  };
  const assignee = params.get('assignee')?.trim();
  if (assignee) {
    if (assignee === 'none') filters.assignee = 'none';
    else if (/^[1-9]\d{0,9}$/.test(assignee)) filters.assignee = Number(assignee);
    else throw refuse('assignee', 'must be a user id or "none"');
  }
  if (filters.from && filters.to && filters.from > filters.to) throw refuse('to', `must not be before from (${filters.from})`);
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as ClaimFilters;
}

export function parseListPage(params: URLSearchParams): ListPage {
  const raw = params.get('limit')?.trim();
  let limit = DEFAULT_LIMIT;
  if (raw) {
    if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT) throw refuse('limit', `must be a whole number from 1 to ${MAX_LIMIT}`);
    limit = Number(raw);
  }
  const cursor = params.get('cursor')?.trim();
  return { cursor: cursor ? decodeCursor(cursor) : null, limit };
}

/**
 * The public /verdicts list and `GET /api/v1/public/claimreview`: only verdict and category
 * (newest first). Other parameters are ignored there: a public URL carries no desk filters.
 */
export function parsePublicVerdictQuery(params: URLSearchParams): { verdict?: Verdict[]; category?: Category[]; page: ListPage } {
  const verdict = oneOf(params, 'verdict', VERDICTS);
  const category = oneOf(params, 'category', CATEGORIES);
  return { ...(verdict ? { verdict } : {}), ...(category ? { category } : {}), page: parseListPage(params) };
}

/** The canonical query string of a filter (stable order), for links, the URL and caches. */
export function filtersToSearchParams(filters: ClaimFilters, page?: { cursor?: Cursor | null; limit?: number }): URLSearchParams {
  const out = new URLSearchParams();
  const list = (name: string, values?: readonly string[]) => values?.length && out.set(name, [...values].sort().join(','));
  list('status', filters.status);
  list('verdict', filters.verdict);
  list('category', filters.category);
  if (filters.claimant) out.set('claimant', filters.claimant);
  if (filters.article) out.set('article', filters.article);
  if (filters.assignee !== undefined) out.set('assignee', String(filters.assignee));
  list('published', filters.published);
  if (filters.queue) out.set('queue', filters.queue);
  if (filters.from) out.set('from', filters.from);
  if (filters.to) out.set('to', filters.to);
  if (page?.limit && page.limit !== DEFAULT_LIMIT) out.set('limit', String(page.limit));
  if (page?.cursor) out.set('cursor', encodeCursor(page.cursor));
  return out;
}

/** An opaque cursor: base64url of "key.id", so the URL does not invite editing. */
export function encodeCursor(c: Cursor): string {
  return Buffer.from(`${c.key}.${c.id}`).toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  const m = /^[A-Za-z0-9_-]{1,64}$/.test(s) ? Buffer.from(s, 'base64url').toString().match(/^(-?\d{1,16})\.([1-9]\d{0,15})$/) : null;
  if (!m) throw refuse('cursor', 'is not a position this list gave out; start again from the first page');
  return { key: Number(m[1]), id: Number(m[2]) };
}
