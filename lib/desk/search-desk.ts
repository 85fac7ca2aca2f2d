/**
 * The desk search (`/search?q=`, `GET /api/v1/search?q=`): articles and claims whose text,
 * claimant, rationale, public explanation or evidence titles match, newest first, each with
 * snippets of the original text and the offsets to highlight. For the signed-in desk only:
 * rationales are internal.
 */
import { z } from 'zod';
import type { Db } from '@/db/client';
import { articlesForHits, claimsForHits } from '@/db/queries/search-hits';
import { findArticles, findClaims } from '@/db/search/find';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { idSchema } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import type { ClaimStatus } from '@/lib/vocabulary';
import { highlightSnippet, matchRanges, type Snippet } from './highlight';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS, parseSearchQuery, type ParsedQuery } from './search-query';

/** Results per group and page; the next page of a group is asked for by key (`before`). */
export const SEARCH_LIMITS = { articles: 10, claims: 20 } as const;
export const SEARCH_GROUPS = ['articles', 'claims'] as const;
export type SearchGroup = (typeof SEARCH_GROUPS)[number];

export type SearchRefusalReason = 'empty' | 'too_long' | 'no_words' | 'too_many_terms';

/** A search the desk cannot run, with the reason the page words in the reader's language. */
export class SearchRefused extends DomainError {
  constructor(readonly reason: SearchRefusalReason, message: string) {
    super('invalid_input', message, { q: message });
  }
}

const pageInput = z.object({
  /** Only this group: the next page of it. */
  in: z.enum(SEARCH_GROUPS, { error: `must be one of: ${SEARCH_GROUPS.join(', ')}` }).optional(),
  before: idSchema('the key of the next page').optional(),
});

export interface ArticleHit {
  id: number;
  slug: string;
  href: string;
  language: string;
  title: Snippet;
  outlet: Snippet | null;
  /** Around the first match in the text; the start of the text when only the title matched. */
  body: Snippet;
}

export interface ClaimHit {
  id: number;
  href: string;
  status: ClaimStatus;
  article: { slug: string; title: string; language: string };
  quote: Snippet;
  claimant: Snippet | null;
  /** The fields below are present only when the search matched in them. */
  counted: Snippet | null;
  rationale: Snippet | null;
  explanation: Snippet | null;
  evidence: Snippet[];
}

export interface DeskSearch {
  q: string;
  /** The one group paged on, or null for the first page of both. */
  group: SearchGroup | null;
  articles: ArticleHit[];
  claims: ClaimHit[];
  /** The `before` key of each group's next page; null when there is none. */
  next: Record<SearchGroup, number | null>;
  limits: typeof SEARCH_LIMITS;
}

/** The terms of a search box's text, or a refusal that says what to change. */
export function parseDeskQuery(raw: string | null | undefined): ParsedQuery {
  const q = raw ?? '';
  if (!q.trim()) throw new SearchRefused('empty', 'q: type a word or a phrase to search for.');
  if (q.length > MAX_QUERY_CHARS) {
    throw new SearchRefused('too_long', `q: the search is ${q.length} characters long; the limit is ${MAX_QUERY_CHARS}.`);
  }
  let parsed: ParsedQuery;
  try {
    parsed = parseSearchQuery(q);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw new SearchRefused('too_many_terms', `q: the search has more than ${MAX_QUERY_TERMS} words or phrases; search for fewer.`);
  }
  if (parsed.terms.length === 0) throw new SearchRefused('no_words', 'q: the search holds no letters or digits to look for.');
  return parsed;
}

/** A snippet when the text matched; null otherwise. */
function ifMatched(text: string | null, query: ParsedQuery, maxChars: number): Snippet | null {
  if (!text || matchRanges(text, query).length === 0) return null;
  return highlightSnippet(text, query, maxChars);
}

export async function searchDesk(db: Db, actor: Actor | null, params: URLSearchParams): Promise<DeskSearch> {
  assertCan(actor, 'claims:read');
  const q = params.get('q') ?? '';
  const query = parseDeskQuery(q);
  const { in: group, before } = parseInput(pageInput, { in: params.get('in') ?? undefined, before: params.get('before') ?? undefined });
  if (before !== undefined && !group) {
    throw new DomainError('invalid_input', 'before: name the group it pages (in=articles or in=claims)', { before: 'needs in=articles or in=claims' });
  }
  const wants = (g: SearchGroup) => !group || group === g;
  const none = { ids: [], next: null };
  const [articlePage, claimPage] = await Promise.all([
    wants('articles') ? findArticles(db, query, { before, limit: SEARCH_LIMITS.articles }) : none,
    wants('claims') ? findClaims(db, query, { before, limit: SEARCH_LIMITS.claims }) : none,
  ]);
  const [articleRows, claimRows] = await Promise.all([articlesForHits(db, articlePage.ids), claimsForHits(db, claimPage.ids)]);

  const articles: ArticleHit[] = articleRows.map((a) => ({
    id: a.id,
    slug: a.slug,
    href: `/review/${a.slug}`,
    language: a.language,
    title: highlightSnippet(a.title, query, 300),
    outlet: a.outlet ? highlightSnippet(a.outlet, query, 120) : null,
    body: highlightSnippet(a.body, query, 240),
  }));
  const claims: ClaimHit[] = claimRows.map((c) => {
    const claimant = [c.claimant, c.claimantCanonical && c.claimantCanonical !== c.claimant ? c.claimantCanonical : null].filter(Boolean).join(' · ');
    return {
      id: c.id,
      href: `/review/${c.articleSlug}#claim-${c.id}`,
      status: c.status,
      article: { slug: c.articleSlug, title: c.articleTitle, language: c.articleLanguage },
      quote: highlightSnippet(c.quote, query, 300),
      claimant: claimant ? highlightSnippet(claimant, query, 160) : null,
      counted: ifMatched(c.counted, query, 160),
      rationale: ifMatched(c.rationale, query, 200),
      explanation: ifMatched(c.explanation, query, 200),
      evidence: c.evidenceTitles.flatMap((t) => ifMatched(t, query, 160) ?? []),
    };
  });
  return { q, group: group ?? null, articles, claims, next: { articles: articlePage.next, claims: claimPage.next }, limits: SEARCH_LIMITS };
}
