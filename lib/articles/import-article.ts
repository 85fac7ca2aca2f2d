import { refreshArticleStats } from '@/db/queries/article-stats';
import { reindexArticle, reindexClaims } from '@/db/search/write-index';
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { articles, claims, type Article } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { recordEvent } from '@/lib/claims/events';
import { isCalendarDate, safeString, unsafeTextReason } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { extractClaims } from '@/lib/extract';
import { storedFeatures } from '@/lib/figures-desk/claim-features';
import { cleanScrapedText } from './clean-scraped-text';
import { latinSlug, slugFromUrl } from './slug';

export const MAX_ARTICLE_CHARS = 200_000;

const optional = (max: number) =>
  safeString()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .nullable()
    .transform((v) => v || null);

/** Mostly binary input is named as such; otherwise a stray control character is refused by name. */
const articleText = z.string({ error: 'is required: paste the article text' }).superRefine((value, ctx) => {
  const broken = (value.match(/[\u0000\uFFFD]|[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if (broken > 0 && broken / value.length > 0.001) return; // assertArticleText says "not text"
  const reason = unsafeTextReason(value);
  if (reason) ctx.addIssue({ code: 'custom', message: reason });
});

export const importArticleInput = z.object({
  text: articleText,
  title: safeString({ error: 'is required' }).trim().min(1, 'is required').max(300, 'must be at most 300 characters'),
  outlet: optional(120),
  url: optional(2000).refine((v) => !v || /^https?:\/\/[^\s/]+/i.test(v), 'must be a full http:// or https:// address'),
  published: optional(10).refine(
    (v) => !v || isCalendarDate(v),
    'must be a date as YYYY-MM-DD, a real calendar day',
  ),
  slug: optional(80).refine((v) => !v || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v), 'must be lowercase letters, digits and dashes'),
  language: z.enum(['ar', 'en']).optional(),
});
export type ImportArticleInput = z.input<typeof importArticleInput>;

export interface ImportResult {
  article: Article;
  created: boolean;
  claims: number;
}

/** Refuses input that is not article text before anything is stored. */
function assertArticleText(text: string): void {
  if (text.length > MAX_ARTICLE_CHARS) {
    throw new DomainError(
      'payload_too_large',
      `text: the article is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_ARTICLE_CHARS.toLocaleString('en')}.`,
      { text: `too long (${text.length} characters; the limit is ${MAX_ARTICLE_CHARS})` },
    );
  }
  // NUL bytes and U+FFFD (what a decoder leaves of invalid UTF-8) mean a binary or mis-encoded file.
  const broken = (text.match(/[\u0000\uFFFD]|[\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if (broken > 0 && broken / text.length > 0.001) {
    throw new DomainError('invalid_input', 'text: this does not look like text (it contains binary data or is not UTF-8).', {
      text: 'not UTF-8 text',
    });
  }
}

function detectLanguage(text: string): 'ar' | 'en' {
  const arabic = (text.match(/[\u0600-\u06FF]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return arabic >= latin ? 'ar' : 'en';
}

async function uniqueSlug(db: Db | Tx, wanted: string): Promise<string> {
  let slug = wanted;
  for (let n = 2; (await db.select({ id: articles.id }).from(articles).where(eq(articles.slug, slug))).length > 0; n++) {
    slug = `${wanted}-${n}`;
  }
  return slug;
}

/**
 * Cleans scraper debris, stores the text, and stores every extracted claim as unreviewed,
 * with the import and each claim's creation in the history. The same text imported twice
 * finds the first import instead of duplicating it.
 */
export async function importArticle(
  db: Db,
  by: Actor | null | 'cli',
  input: unknown,
  source: 'cli' | 'web' | 'api',
): Promise<ImportResult> {
  if (by !== 'cli') assertCan(by, 'articles:import');
  const data = parseInput(importArticleInput, input);
  assertArticleText(data.text);
  const { text, removed } = cleanScrapedText(data.text);
  if (!text.trim()) {
    throw new DomainError('invalid_input', 'text: the article text is empty.', { text: 'is empty' });
  }
  const bodyHash = createHash('sha256').update(text).digest('hex');
  const [existing] = await db.select().from(articles).where(eq(articles.bodyHash, bodyHash));
  if (existing) return { article: existing, created: false, claims: 0 };

  // Extraction is pure and the slowest step: it runs before the write transaction opens.
  const extracted = extractClaims(text);
  const actorId = by === 'cli' || !by ? null : by.id;
  return db.transaction(async (tx) => {
      const at = new Date();
      const [article] = await tx
        .insert(articles)
        .values({
          slug: await uniqueSlug(tx, data.slug ?? slugFromUrl(data.url) ?? latinSlug(data.title) ?? `article-${bodyHash.slice(0, 8)}`),
          title: data.title,
          outlet: data.outlet,
          url: data.url,
          language: data.language ?? detectLanguage(text),
          publishedDate: data.published,
          body: text,
          bodyHash,
          importedAt: at,
          importedBy: actorId,
        })
        .returning();
      await recordEvent(tx, {
        kind: 'article_imported',
        articleId: article.id,
        claimId: null,
        actorId,
        payload: { source, claims: extracted.length, characters: text.length, removedDebris: removed.length },
        at,
      });
      const articleDate = data.published ?? at.toISOString().slice(0, 10);
      const stored: { id: number; claim: (typeof extracted)[number] }[] = [];
      for (const claim of extracted) {
        const { mentions, countedLabel: _label, ...fields } = claim;
        const [row] = await tx
          .insert(claims)
          .values({ articleId: article.id, ...fields, mentions, articleDate, origin: 'extractor', createdAt: at, updatedAt: at })
          .returning({ id: claims.id });
        stored.push({ id: row.id, claim });
        await recordEvent(tx, {
          kind: 'claim_created',
          articleId: article.id,
          claimId: row.id,
          actorId,
          toStatus: 'unreviewed',
          payload: { origin: 'extractor', ...fields },
          at,
        });
      }
      // Features need every claim's id (a part names its total), so they follow the inserts.
      const features = storedFeatures(
        { id: article.id, date: articleDate, text, lang: article.language === 'en' ? 'en' : 'ar' },
        stored.map(({ id, claim }) => ({ ...claim, id })),
      );
      for (const [id, f] of features) {
        await tx.update(claims).set({ features: f.features, retrievalKey: f.retrievalKey }).where(eq(claims.id, id));
      }
      await refreshArticleStats(tx, article.id);
      await reindexArticle(tx, article.id);
      await reindexClaims(tx, stored.map((s) => s.id));
      return { article, created: true, claims: extracted.length };
    });
}
