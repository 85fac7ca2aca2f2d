/**
 * The first step of importing from a link: the server fetches the page (fenced, see
 * fetch-article.ts), extracts the article and finds its claims, and nothing is stored. The
 * editor checks the text, metadata and claims, then imports through importArticle.
 */
import { z } from 'zod';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { parseInput } from '@/lib/errors';
import { extractClaims } from '@/lib/extract';
import { cleanScrapedText } from './clean-scraped-text';
import { fetchArticle, type FetchArticleOptions } from './fetch-article';
import { linkFetchOptions } from './link-fetch-policy';

export const linkInput = z.object({ url: z.string({ error: 'is required: paste the address of the article' }).trim().min(1, 'is required').max(2000, 'must be at most 2000 characters') });

export interface LinkPreview {
  url: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  language: 'ar' | 'en' | null;
  text: string;
  claims: Array<{ quote: string; value: number | null; counted: string; category: string; claimant: string | null }>;
}

export async function previewLink(actor: Actor | null, input: unknown, options: FetchArticleOptions = linkFetchOptions()): Promise<LinkPreview> {
  assertCan(actor, 'articles:import');
  const { url } = parseInput(linkInput, input);
  // A refusal is a FetchArticleError (400, field url) whose message says what to do instead.
  const page = await fetchArticle(url, options);
  const { text } = cleanScrapedText(page.text);
  return {
    url: page.canonicalUrl,
    title: page.title,
    outlet: page.outlet,
    published: page.publishedDate,
    language: page.language,
    text,
    claims: extractClaims(text).map(({ quote, value, counted, category, claimant }) => ({ quote, value, counted, category, claimant })),
  };
}
