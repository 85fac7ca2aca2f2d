import { sql } from 'drizzle-orm';
import {
  check,
  bigint,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  timestamp as pgTimestamp,
  type PgColumn,
} from 'drizzle-orm/pg-core';
import type { Span } from '../../lib/extract/types';
import type { PublishedClaim, PublishedEvidence, StoredFeatures } from '../sqlite/schema';
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

/*
 * The PostgreSQL twin of db/sqlite/schema.ts: same tables, columns, names and inferred row
 * types (timestamps come back as Date, JSON as parsed values), so the use cases written
 * against the SQLite types run unchanged here. A change to one schema goes into both.
 */

// Millisecond precision, like the SQLite timestamp_ms columns, so a value round-trips equal.
const at = (name: string) => pgTimestamp(name, { mode: 'date', withTimezone: true, precision: 3 });
const timestamp = (name: string) => at(name).notNull().defaultNow();
// Ids are given by default but may be set explicitly, so a desk copied from SQLite keeps them.
const id = () => integer('id').primaryKey().generatedByDefaultAsIdentity();

const oneOf = (name: string, column: PgColumn, values: readonly string[]) =>
  check(name, sql`${column} IN (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`);

export const users = pgTable(
  'users',
  {
    id: id(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    passwordHash: text('password_hash').notNull(),
    locale: text('locale', { enum: LOCALES }),
    disabledAt: at('disabled_at'),
    createdAt: timestamp('created_at'),
  },
  (t) => [oneOf('users_role_check', t.role, ROLES)],
);

export const articles = pgTable(
  'articles',
  {
  id: id(),
  slug: text('slug').notNull().unique(),
  title: text('title').notNull(),
  outlet: text('outlet'),
  url: text('url'),
  language: text('language').notNull().default('ar'),
  publishedDate: text('published_date'),
  body: text('body').notNull(),
  bodyHash: text('body_hash').notNull().unique(),
  importedAt: timestamp('imported_at'),
  importedBy: integer('imported_by').references(() => users.id),
  visibility: text('visibility', { enum: ARTICLE_VISIBILITIES }).notNull().default('auto'),
  deletedAt: at('deleted_at'),
  isPublic: boolean('is_public').notNull().default(false),
  },
  (t) => [
    index('articles_imported_idx').on(t.importedAt, t.id),
    index('articles_public_idx').on(t.isPublic, t.importedAt, t.id),
    oneOf('articles_visibility_check', t.visibility, ARTICLE_VISIBILITIES),
  ],
);

/** One quantity in the world that claims are about (issue 9). */
export const figures = pgTable(
  'figures',
  {
    id: id(),
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
export const figureEvents = pgTable(
  'figure_events',
  {
    id: id(),
    figureId: integer('figure_id')
      .notNull()
      .references(() => figures.id),
    actorId: integer('actor_id').references(() => users.id),
    kind: text('kind', { enum: FIGURE_EVENT_KINDS }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at'),
    /** Tamper-evident chain (db/chain): position in the one chain over every history table. */
    chainSeq: integer('chain_seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [uniqueIndex('figure_events_chain_seq_idx').on(t.chainSeq), index('figure_events_figure_idx').on(t.figureId, t.id), oneOf('figure_events_kind_check', t.kind, FIGURE_EVENT_KINDS)],
);

/** A suggestion a checker rejected for a claim: never proposed for that claim again. */
export const suggestionRejections = pgTable(
  'suggestion_rejections',
  {
    id: id(),
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

export const claims = pgTable(
  'claims',
  {
    id: id(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    quote: text('quote').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    mentions: jsonb('mentions').$type<Span[]>().notNull().default(sql`'[]'::jsonb`),
    value: doublePrecision('value'),
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
    confidence: doublePrecision('confidence'),
    /** The extractor rule that produced the claim. */
    rule: text('rule'),
    /** The figure the claim is about, linked by a checker. */
    figureId: integer('figure_id').references(() => figures.id),
    /** The article's day (published, else imported), copied here so candidate retrieval is one index range. */
    articleDate: text('article_date'),
    /** lib/figures retrievalKey(category, counted kind): the indexed key suggestions are fetched by. */
    retrievalKey: text('retrieval_key'),
    /** lib/figures matching features, computed once per article at import (with their version). */
    features: jsonb('features').$type<StoredFeatures>(),
    status: text('status', { enum: CLAIM_STATUSES }).notNull().default('unreviewed'),
    rationale: text('rationale'),
    explanation: text('explanation'),
    assigneeId: integer('assignee_id').references(() => users.id),
    origin: text('origin', { enum: ['extractor', 'manual'] }).notNull(),
    version: integer('version').notNull().default(1),
    contentVersion: integer('content_version').notNull().default(1),
    firstVerdictAt: at('first_verdict_at'),
    firstPublishedAt: at('first_published_at'),
    createdAt: timestamp('created_at'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [
    index('claims_article_idx').on(t.articleId, t.start),
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

export const evidence = pgTable(
  'evidence',
  {
    id: id(),
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
    removedAt: at('removed_at'),
    removedBy: integer('removed_by').references(() => users.id),
  },
  (t) => [index('evidence_claim_idx').on(t.claimId), oneOf('evidence_stance_check', t.stance, STANCES)],
);

export const reviewEvents = pgTable(
  'review_events',
  {
    id: id(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id),
    claimId: integer('claim_id').references(() => claims.id),
    actorId: integer('actor_id').references(() => users.id),
    kind: text('kind', { enum: EVENT_KINDS }).notNull(),
    fromStatus: text('from_status', { enum: CLAIM_STATUSES }),
    toStatus: text('to_status', { enum: CLAIM_STATUSES }),
    note: text('note'),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
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
    index('review_events_kind_created_idx').on(t.kind, t.createdAt, t.actorId, t.toStatus),
    oneOf('review_events_kind_check', t.kind, EVENT_KINDS),
  ],
);

export const verdictPublications = pgTable(
  'verdict_publications',
  {
    id: id(),
    claimId: integer('claim_id')
      .notNull()
      .references(() => claims.id),
    action: text('action', { enum: PUBLICATION_ACTIONS }).notNull(),
    status: text('status', { enum: VERDICT_STATUSES }),
    rationale: text('rationale'),
    explanation: text('explanation'),
    claim: jsonb('claim').$type<PublishedClaim>(),
    evidence: jsonb('evidence').$type<PublishedEvidence[]>(),
    claimVersion: integer('claim_version').notNull(),
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
    index('verdict_publications_published_idx').on(t.publishedAt, t.action, t.publishedBy),
    oneOf('verdict_publications_action_check', t.action, PUBLICATION_ACTIONS),
  ],
);

export const accountEvents = pgTable(
  'account_events',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    actorId: integer('actor_id').references(() => users.id),
    kind: text('kind', { enum: ACCOUNT_EVENT_KINDS }).notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at'),
    /** Tamper-evident chain (db/chain): position in the one chain over every history table. */
    chainSeq: integer('chain_seq'),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [uniqueIndex('account_events_chain_seq_idx').on(t.chainSeq), index('account_events_user_idx').on(t.userId, t.id), oneOf('account_events_kind_check', t.kind, ACCOUNT_EVENT_KINDS)],
);

/** The one head of the history chain; see db/sqlite/schema.ts. */
export const chainHead = pgTable(
  'chain_head',
  {
    id: integer('id').primaryKey(),
    seq: integer('seq').notNull().default(0),
    hash: text('hash'),
    updatedAt: timestamp('updated_at'),
  },
  (t) => [check('chain_head_one_row', sql`${t.id} = 1`)],
);

export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at'),
    lastSeenAt: at('last_seen_at').notNull(),
    expiresAt: at('expires_at').notNull(),
    revokedAt: at('revoked_at'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: id(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    scope: text('scope', { enum: TOKEN_SCOPES }).notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: timestamp('created_at'),
    lastUsedAt: at('last_used_at'),
    revokedAt: at('revoked_at'),
  },
  (t) => [index('api_tokens_user_idx').on(t.userId), oneOf('api_tokens_scope_check', t.scope, TOKEN_SCOPES)],
);

export const rateLimits = pgTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: bigint('window_start', { mode: 'number' }).notNull(),
  count: integer('count').notNull(),
  blockedUntil: bigint('blocked_until', { mode: 'number' }),
});

export const articleStats = pgTable('article_stats', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id),
  byStatus: jsonb('by_status').$type<Partial<Record<string, number>>>().notNull(),
  byVerdict: jsonb('by_verdict').$type<Partial<Record<string, number>>>().notNull(),
  byCategory: jsonb('by_category').$type<Partial<Record<string, number>>>().notNull().default({}),
  published: integer('published').notNull().default(0),
  changed: integer('changed').notNull().default(0),
  updatedAt: timestamp('updated_at'),
});

export const deskCounts = pgTable('desk_counts', {
  key: text('key').primaryKey(),
  n: integer('n').notNull().default(0),
});
