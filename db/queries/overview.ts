import type { Db } from '../client';
import { listArticlePage, type ArticleListRow, type Page, type PageRequest } from './article-page';

export type ArticleProgress = ArticleListRow;

/** One page of articles with claims by status, verdicts published, and how far the review has come. */
export async function getReviewProgress(db: Db, page: PageRequest = {}): Promise<Page<ArticleProgress>> {
  return listArticlePage(db, page);
}
