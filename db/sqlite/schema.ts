import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  real,
  uniqueIndex,
  sqliteTable,
  text,
  type SQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import type { ExtractedClaim, Span } from '../../lib/extract/types';
import type { Stance } from '../../lib/vocabulary';
import type { ClaimFeatures } from '../../lib/figures/types';

/**
 * A claim's matching features as stored, with the FEATURES_VERSION that computed them.
 * `counted` there is the extractor's English description (what lib/figures matches on);
 * `written` is the claim's `counted` column at import, so a checker's correction is noticed.
 */
export type StoredFeatures = ClaimFeatures & { version: number; written: string };
import {
  ACCOUNT_EVENT_KINDS,
  ARTICLE_VISIBILITIES,
  CATEGORIES,
  CLAIMANT_KINDS,
  CLAIM_STATUSES,
  EVENT_KINDS,
  FIGURE_EVENT_KINDS,
  LOCALES,
  PUBLICATION_ACTIONS,
  QUALIFIERS,
  ROLES,
  STANCES,
  TOKEN_SCOPES,
  VERDICT_STATUSES,
} from '../../lib/vocabulary';

export * from '../../lib/vocabulary';

const timestamp = (name: string) =>
  integer(name, { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

/** A CHECK that keeps a text column inside its enum even for writes that bypass drizzle. */
const oneOf = (name: string, column: SQLiteColumn, values: readonly string[]) =>
  check(name, sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`);

export const users = sqliteTable(
  'users',
  {
  id: integer('id').primaryKey({ autoIncrement: true }),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: text('role', { enum: ROLES }).notNull(),
  /** `scrypt$N$r$p$salt$hash`, see lib/auth/password.ts. */
  passwordHash: text('password_hash').notNull(),
  /** Interface language; null follows the browser. */
  locale: text('locale', { enum: LOCALES }),
  disabledAt: integer('disabled_at', { mode: 'timestamp_ms' }),
  createdAt: timestamp('created_at'),
  },
  (t) => [oneOf('users_role_check', t.role, ROLES)],
);

export const articles = sqliteTable(
  'articles',
  {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  outlet: text('outlet'),
  url: text('url'),
  language: text('language').notNull().default('ar'),
  /** YYYY-MM-DD as printed or inferred; null when unknown. */
  publishedDate: text('published_date'),
  /** The text every claim offset points into; never rewritten after import. */
  body: text('body').notNull(),
  /** sha256 of body: re-importing the same text finds the existing article. */
  bodyHash: text('body_hash').notNull().unique(),
  importedAt: timestamp('imported_at'),
  importedBy: integer('imported_by').references(() => users.id),
  /** 'auto': public while a verdict of it is published; 'public': marked public by an editor. */
  visibility: text('visibility', { enum: ARTICLE_VISIBILITIES }).notNull().default('auto'),
  /** Hidden everywhere from then on; the rows and their history stay. */
  deletedAt: integer('deleted_at', { mode: 'timestamp_ms' }),
  /**
   * Whether the public may read it: kept by db/queries/article-visibility.ts in the
   * transaction of every change it depends on (publication, visibility, deletion), so the
   * public lists page through an index instead of testing every article.
   */
  isPublic: integer('is_public', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    index('articles_imported_idx').on(t.importedAt, t.id),
    index('articles_public_idx').on(t.isPublic, t.importedAt, t.id),
    oneOf('articles_visibility_check', t.visibility, ARTICLE_VISIBILITIES),
  ],
);

/** One quantity in the world that claims are about (issue 9). */
export const figures = sqliteTable(
  'figures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    slug: text('slug').notNull().unique(),
    titleAr: text('title_ar'),
    titleEn: text('title_en'),
    category: text('category', { enum: CATEGORIES }).notNull(),
    /** What is counted, as the checker wrote it. */
    counted: text('counted').notNull(),
    /** lib/figures countedKey(counted): comparable across languages. */
    countedKind: text('counted_kind').notNull(),
    place: text('place'),
    periodFrom: text('period_from'),
    periodTo: text('period_to'),
    retrievalKey: text('retrieval_key').notNull(),
    createdBy: integer('created_by').references(() => users.id),
    createdAt: timestamp('created_at'),
  },
  (t) => [index('figures_retrieval_idx').on(t.retrievalKey, t.periodTo)],
);

/**
 * A figure's history: who named it, with which fields, and each later change. Append-only
 * and in the one history chain like review_events; a figure belongs to no article, which is
 * why these rows are not review events.
 */
export const figureEvents = sqliteTable(
  'figure_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    figureId: integer('figure_id')
      .notNull()
      .references(() => figures.id),
    actorId: integer('actor_id').references(() => users.id),
    kind: text('kind', { enum: FIGURE_EVENT_KINDS }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at'),
    /** Tamper-evident chain (db/chain): position in the one chain over every history table. */
    chainSeq: integer('chain_seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [uniqueIndex('figure_events_chain_seq_idx').on(t.chainSeq), index('figure_events_figure_idx').on(t.figureId, t.id), oneOf('figure_events_kind_check', t.kind, FIGURE_EVENT_KINDS)],
);

/** A suggestion a checker rejected for a claim: never proposed for that claim again. */
export const suggestionRejections = sqliteTable(
  'suggestion_rejections',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    figureId: integer('figure_id').references(() => figures.id),
    rejectedClaimId: integer('rejected_claim_id').references(() => claims.id),
    rejectedBy: integer('rejected_by').references(() => users.id),
    rejectedAt: timestamp('rejected_at'),
  },
  (t) => [index('suggestion_rejections_claim_idx').on(t.claimId)],
);

export const claims = sqliteTable(
  'claims',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    mentions: text('mentions', { mode: 'json' }).$type<Span[]>().notNull().default(sql`'[]'`),
    value: real('value'),
    qualifier: text('qualifier', { enum: QUALIFIERS }),
    counted: text('counted').notNull(),
    category: text('category', { enum: CATEGORIES }).notNull(),
    claimant: text('claimant'),
    /** Whether the claimant is a person or a body, as the extractor or a checker says. */
    claimantKind: text('claimant_kind', { enum: CLAIMANT_KINDS }),
    /** The claimant's full name when the text gives a back-reference or an acronym. */
    claimantCanonical: text('claimant_canonical'),
    /** What is counted, from lib/extract/counted-kinds.ts; `counted` keeps the article's words. */
    countedKind: text('counted_kind'),
    /** The extractor's confidence 0..1 (null for claims a checker added). */
    confidence: real('confidence'),
    /** The extractor rule that produced the claim. */
    rule: text('rule'),
    /** The figure the claim is about, linked by a checker. */
    figureId: integer('figure_id').references(() => figures.id),
    /** The article's day (published, else imported), copied here so candidate retrieval is one index range. */
    articleDate: text('article_date'),
    /** lib/figures retrievalKey(category, counted kind): the indexed key suggestions are fetched by. */
    retrievalKey: text('retrieval_key'),
    /** lib/figures matching features, computed once per article at import (with their version). */
    features: text('features', { mode: 'json' }).$type<StoredFeatures>(),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('unreviewed'),
    /** The note of the latest status change: what a publication snapshots. */
    rationale: text('rationale'),
    /** The public explanation written for readers; the rationale above stays internal. */
    explanation: text('explanation'),
    /** The checker the claim is assigned to; null: unassigned. */
    assigneeId: integer('assignee_id').references(() => users.id),
    origin: text('origin', { enum: ['extractor', 'manual'] }).notNull(),
    /** Bumped on every change to the claim's own fields; a stale version is refused. */
    version: integer('version').notNull().default(1),
    /**
     * The version of the claim's latest change of content (everything but its assignee).
     * A publication is out of date when this is above its claim_version: assigning a
     * published claim moves `version` (so concurrent assignments still conflict) but not this.
     */
    contentVersion: integer('content_version').notNull().default(1),
    /** When a checker first gave the claim a verdict, for /overview's median time to verdict. */
    firstVerdictAt: integer('first_verdict_at', { mode: 'timestamp_ms' }),
    /** When a verdict of the claim was first published, for /overview's median time to publication. */
    firstPublishedAt: integer('first_published_at', { mode: 'timestamp_ms' }),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [
    index('claims_article_idx').on(t.articleId, t.start),
    // /overview's medians over the chosen period: an index range each, never every claim.
    index('claims_first_verdict_idx').on(t.firstVerdictAt),
    index('claims_first_published_idx').on(t.firstPublishedAt),
    // The /claims list: newest change first, keyset on (updated_at, id), within each filter.
    index('claims_updated_idx').on(t.updatedAt, t.id),
    index('claims_status_updated_idx').on(t.status, t.updatedAt, t.id),
    index('claims_assignee_updated_idx').on(t.assigneeId, t.updatedAt, t.id),
    index('claims_category_updated_idx').on(t.category, t.updatedAt, t.id),
    index('claims_claimant_idx').on(t.claimant),
    // candidateQuery(): unlinked claims by key and date window. Covering for the id step of
    // figure-candidates.ts: the id for PostgreSQL's index-only scan, figure_id (always NULL
    // here) because SQLite otherwise reads each row to check the partial index's condition.
    index('claims_retrieval_idx').on(t.retrievalKey, t.articleDate, t.id, t.figureId).where(sql`${t.figureId} IS NULL`),
    // Partial, so the planner never takes it for the unlinked-claims range (figure_id IS NULL).
    index('claims_figure_idx').on(t.figureId, t.articleDate, t.id).where(sql`${t.figureId} IS NOT NULL`),
    oneOf('claims_status_check', t.status, CLAIM_STATUSES),
    oneOf('claims_category_check', t.category, CATEGORIES),
    check('claims_span_check', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
  ],
);

export const evidence = sqliteTable(
  'evidence',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    url: text('url').notNull(),
    title: text('title'),
    stance: text('stance', { enum: STANCES }).notNull(),
    note: text('note'),
    addedBy: integer('added_by')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at'),
    /** Removal keeps the row so history and past publications can still name it. */
    removedAt: integer('removed_at', { mode: 'timestamp_ms' }),
    removedBy: integer('removed_by').references(() => users.id),
  },
  (t) => [
    index('evidence_claim_idx').on(t.claimId),
    oneOf('evidence_stance_check', t.stance, STANCES),
  ],
);

export const reviewEvents = sqliteTable(
  'review_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    /** Null for article-level events (an import). */
    claimId: integer('claim_id').references(() => claims.id),
    /** Null when a command-line script acted. */
    actorId: integer('actor_id').references(() => users.id),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    fromStatus: text('from_status', { enum: CLAIM_STATUSES }),
    toStatus: text('to_status', { enum: CLAIM_STATUSES }),
    note: text('note'),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at'),
    /** Tamper-evident chain (db/chain): position in the one chain over every history table. */
    chainSeq: integer('chain_seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('review_events_chain_seq_idx').on(t.chainSeq),
    index('review_events_claim_idx').on(t.claimId, t.id),
    index('review_events_article_idx').on(t.articleId, t.id),
    // The desk-wide activity feed, newest first, filtered by person or by kind.
    index('review_events_actor_idx').on(t.actorId, t.id),
    index('review_events_kind_idx').on(t.kind, t.id),
    // /overview's verdicts per day and work per checker: a covering range over the period.
    index('review_events_kind_created_idx').on(t.kind, t.createdAt, t.actorId, t.toStatus),
    oneOf('review_events_kind_check', t.kind, EVENT_KINDS),
  ],
);

/** A claim's own fields: what the extractor produces, without the repeated mentions. */
export type ClaimFields = Omit<ExtractedClaim, 'mentions'>;

/** The claim as it read when published, so a later edit cannot change a public verdict. */
export type PublishedClaim = ClaimFields;

export interface PublishedEvidence {
  url: string;
  title: string | null;
  stance: Stance;
  note: string | null;
}

/** One row per publish or unpublish; a claim's public verdict is its latest row. */
export const verdictPublications = sqliteTable(
  'verdict_publications',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    action: text('action', { enum: PUBLICATION_ACTIONS }).notNull(),
    /** Snapshot of the claim at publication; null on unpublish. */
    status: text('status', { enum: VERDICT_STATUSES }),
    rationale: text('rationale'),
    /** The public explanation as published: the only text of the verdict readers see. */
    explanation: text('explanation'),
    claim: text('claim', { mode: 'json' }).$type<PublishedClaim>(),
    evidence: text('evidence', { mode: 'json' }).$type<PublishedEvidence[]>(),
    claimVersion: integer('claim_version').notNull(),
    /** Why it was (re)published or withdrawn: shown in the public corrections log. */
    note: text('note'),
    publishedBy: integer('published_by')
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp('published_at'),
    /** Tamper-evident chain (db/chain): position in the one chain over every history table. */
    chainSeq: integer('chain_seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    uniqueIndex('verdict_publications_chain_seq_idx').on(t.chainSeq),
    index('verdict_publications_claim_idx').on(t.claimId, t.id),
    // /overview's publications per editor over the period.
    index('verdict_publications_published_idx').on(t.publishedAt, t.action, t.publishedBy),
    oneOf('verdict_publications_action_check', t.action, PUBLICATION_ACTIONS),
  ],
);

/** Who changed whose account, and how: append-only like the review history. */
export const accountEvents = sqliteTable(
  'account_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** Null when a command-line script acted. */
    actorId: integer('actor_id').references(() => users.id),
    kind: text('kind', { enum: ACCOUNT_EVENT_KINDS }).notNull(),
    payload: text('payload', { mode: 'json' }).$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at'),
    /** Tamper-evident chain (db/chain): position in the one chain over every history table. */
    chainSeq: integer('chain_seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [uniqueIndex('account_events_chain_seq_idx').on(t.chainSeq), index('account_events_user_idx').on(t.userId, t.id), oneOf('account_events_kind_check', t.kind, ACCOUNT_EVENT_KINDS)],
);

/**
 * The one head of the history chain (a single row, id 1): the last record's sequence number
 * and hash. Appending locks this row, so two servers cannot both extend the same head.
 */
export const chainHead = sqliteTable(
  'chain_head',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull().default(0),
    hash: text('hash'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [check('chain_head_one_row', sql`${t.id} = 1`)],
);

/**
 * A signed-in browser. The session cookie (a next-auth JWT) carries only this random id, so
 * revoking the row ends the session at once, whatever the cookie's own expiry says.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at'),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A named API credential; only the SHA-256 of its secret is kept. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    scope: text('scope', { enum: TOKEN_SCOPES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at'),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }),
    revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId), oneOf('api_tokens_scope_check', t.scope, TOKEN_SCOPES)],
);

/**
 * Request counters shared by every server process: one row per key (a token, an address, an
 * address and account pair at sign-in). `windowStart` and `count` make a fixed window; for
 * sign-in they are the last failure and the failures in a row, and `blockedUntil` the backoff.
 */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
  blockedUntil: integer('blocked_until'),
});

/**
 * What the archive's list pages show of an article, kept in the transaction of every change
 * to its claims, evidence or publications (db/queries/article-stats.ts), so a list page reads
 * one row per article instead of every claim, evidence row and publication.
 */
export const articleStats = sqliteTable('article_stats', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id),
  /** Claims by status; statuses without claims may be absent. */
  byStatus: text('by_status', { mode: 'json' }).$type<Partial<Record<string, number>>>().notNull(),
  /** Published verdicts by verdict status. */
  byVerdict: text('by_verdict', { mode: 'json' }).$type<Partial<Record<string, number>>>().notNull(),
  /** Claims by category. */
  byCategory: text('by_category', { mode: 'json' }).$type<Partial<Record<string, number>>>().notNull().default(sql`'{}'`),
  published: integer('published').notNull().default(0),
  /** Published claims whose claim or evidence changed since the publication. */
  changed: integer('changed').notNull().default(0),
  updatedAt: timestamp('updated_at'),
});

/**
 * Desk-wide claim counts ('status:verified', 'category:economy'), moved by the difference
 * each refresh of article_stats makes, in the same transaction: /overview reads a handful of
 * rows however large the archive. A deleted article counts nothing.
 */
export const deskCounts = sqliteTable('desk_counts', {
  key: text('key').primaryKey(),
  n: integer('n').notNull().default(0),
});

export type User = typeof users.$inferSelect;
export type Article = typeof articles.$inferSelect;
export type Claim = typeof claims.$inferSelect;
export type Evidence = typeof evidence.$inferSelect;
export type ReviewEvent = typeof reviewEvents.$inferSelect;
export type VerdictPublication = typeof verdictPublications.$inferSelect;
export type AccountEvent = typeof accountEvents.$inferSelect;
export type Session = typeof sessions.$inferSelect;
export type ApiToken = typeof apiTokens.$inferSelect;
export type ArticleStats = typeof articleStats.$inferSelect;
export type Figure = typeof figures.$inferSelect;
export type SuggestionRejection = typeof suggestionRejections.$inferSelect;
export type FigureEvent = typeof figureEvents.$inferSelect;
