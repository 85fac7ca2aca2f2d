import { eq, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client';
import { articles } from '../schema';

/**
 * Whether an article is public, as SQL over `articles`: not deleted, and marked public by an
 * editor or with a verdict that has been published. Importing never publishes, so a fresh
 * article fails it until its first verdict goes out. A verdict published and later withdrawn
 * keeps the article public: the withdrawal and its reason are owed to readers in the
 * corrections log (lib/desk/article-visibility.ts counts current verdicts only; this is the
 * one deliberate difference, so a withdrawal never silently takes a page away).
 *
 * This is the definition; `articles.is_public` is its maintained copy (refreshArticlePublic),
 * which the public pages read. Both engines accept it; it reads claims_article_idx and
 * verdict_publications_claim_idx, for one article at a time.
 */
export function articleIsPublicDefinitionSql(): SQL {
  return sql`(${articles.deletedAt} IS NULL AND (${articles.visibility} = 'public' OR EXISTS (
    SELECT 1 FROM claims c JOIN verdict_publications p ON p.claim_id = c.id WHERE c.article_id = ${articles.id})))`;
}

/**
 * What the public pages filter on: the maintained flag, so the public list pages through
 * articles_public_idx (is_public, imported_at, id) instead of testing each article in turn,
 * which at 100,000 articles with few of them public walks most of the table.
 */
export function articleIsPublicSql(): SQL {
  return sql`${articles.isPublic} = ${sql.param(true, articles.isPublic)}`;
}

/**
 * Sets the article's flag from the definition. Call it in the transaction of every change
 * the definition reads: a publication or withdrawal of one of its verdicts, a visibility
 * change, a deletion.
 */
export async function refreshArticlePublic(tx: Tx, articleId: number): Promise<void> {
  await tx.update(articles).set({ isPublic: sql`${articleIsPublicDefinitionSql()}` }).where(eq(articles.id, articleId));
}
