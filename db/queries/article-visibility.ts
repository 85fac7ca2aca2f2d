import { sql, type SQL } from 'drizzle-orm';
import { articles } from '../schema';

/**
 * The SQL of "is this article public" over `articles`: not deleted, and marked public by an
 * editor or with a verdict that has been published. Importing never publishes, so a fresh
 * article fails it until its first verdict goes out. A verdict published and later withdrawn
 * keeps the article public: the withdrawal and its reason are owed to readers in the
 * corrections log (lib/desk/article-visibility.ts counts current verdicts only; this is the
 * one deliberate difference, so a withdrawal never silently takes a page away).
 * Both engines accept it; it reads claims_article_idx and verdict_publications_claim_idx.
 */
export function articleIsPublicSql(): SQL {
  return sql`(${articles.deletedAt} IS NULL AND (${articles.visibility} = 'public' OR EXISTS (
    SELECT 1 FROM claims c JOIN verdict_publications p ON p.claim_id = c.id WHERE c.article_id = ${articles.id})))`;
}
