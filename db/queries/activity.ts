import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm';
import type { ActivityFilters } from '@/lib/desk/desk-events';
import type { Db } from '../client';
import { articles, claims, reviewEvents, users, type EventKind } from '../schema';
import type { DeskEvent } from './review-desk';

/** A history row with what it is about, for the desk-wide feed. */
export type ActivityEvent = DeskEvent & { articleSlug: string; articleTitle: string; articleLanguage: string; claimQuote: string | null };

/**
 * One page of the desk's history, newest first, keyset on the event id (`id < before`):
 * review_events' primary key serves the unfiltered feed, review_events_actor_idx,
 * review_events_kind_idx and review_events_article_idx the filtered ones, so a page costs
 * the rows it shows whatever the history's length.
 */
export async function listActivityPage(
  db: Db,
  filters: ActivityFilters,
  before: number | null,
  limit: number,
): Promise<{ events: ActivityEvent[]; next: number | null }> {
  const where: SQL[] = [];
  if (filters.person) where.push(eq(reviewEvents.actorId, filters.person));
  if (filters.article) where.push(eq(articles.slug, filters.article));
  if (filters.kind) where.push(inArray(reviewEvents.kind, filters.kind as EventKind[]));
  if (before !== null) where.push(lt(reviewEvents.id, before));
  const rows = await db
    .select({
      event: reviewEvents,
      actorName: users.name,
      articleSlug: articles.slug,
      articleTitle: articles.title,
      articleLanguage: articles.language,
      claimQuote: claims.quote,
    })
    .from(reviewEvents)
    .innerJoin(articles, eq(articles.id, reviewEvents.articleId))
    .leftJoin(users, eq(users.id, reviewEvents.actorId))
    .leftJoin(claims, eq(claims.id, reviewEvents.claimId))
    .where(and(...where))
    .orderBy(desc(reviewEvents.id))
    .limit(limit + 1);
  const events = rows.slice(0, limit).map(({ event, ...rest }) => ({ ...event, ...rest }));
  return { events, next: rows.length > limit ? events[events.length - 1].id : null };
}

/** The people who appear in the feed's person filter: every account, by name. */
export async function listPeople(db: Db) {
  return db.select({ id: users.id, name: users.name }).from(users).orderBy(users.name, users.id);
}
