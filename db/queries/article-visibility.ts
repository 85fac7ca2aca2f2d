import { sql, type SQL } from 'drizzle-orm';
import { articles } from '../schema';

/**
 * The SQL of isArticlePublic (lib/desk/article-visibility.ts) over `articles`: not deleted,
 * and marked public or with at least one claim whose newest publication row is a 'publish'.
 * Importing never publishes, so a fresh article fails it until its first verdict goes out.
 * Both engines accept it; the inner max() reads verdict_publications_claim_idx.
 */
export function articleIsPublicSql(): SQL {
  return sql`(${articles.deletedAt} IS NULL AND (${articles.visibility} = 'public' OR EXISTS (
    SELECT 1 FROM claims c JOIN verdict_publications p ON p.claim_id = c.id
    WHERE c.article_id = ${articles.id} AND p.action = 'publish'
      AND p.id = (SELECT max(vp.id) FROM verdict_publications vp WHERE vp.claim_id = c.id))))`;
}
