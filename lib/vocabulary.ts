/**
 * The product's closed vocabularies, in a module with no dependencies so the database
 * schema, the domain and the browser bundle all share one definition.
 */
export { CATEGORIES, QUALIFIERS, type Category, type Qualifier } from './extract/types';

export const ROLES = ['checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** Same order and names as lib/verdicts/scale.ts (CLAIM_STATUSES_V2); a test keeps them equal. */
export const CLAIM_STATUSES = ['unreviewed', 'in_review', 'verified', 'disputed', 'false', 'misleading', 'unverifiable', 'dismissed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICT_STATUSES = ['verified', 'disputed', 'false', 'misleading', 'unverifiable'] as const;
export type VerdictStatus = (typeof VERDICT_STATUSES)[number];

export const STANCES = ['supports', 'contradicts', 'context'] as const;
export type Stance = (typeof STANCES)[number];

export const EVENT_KINDS = [
  'article_imported',
  'claim_created',
  'claim_edited',
  'status_changed',
  'evidence_added',
  'evidence_removed',
  'comment',
  'verdict_published',
  'verdict_unpublished',
  // The desk's kinds (lib/desk/desk-events.ts documents their payloads).
  'claim_assigned',
  'explanation_changed',
  'article_visibility_changed',
  'article_deleted',
  'figure_linked',
  'figure_unlinked',
  'suggestion_rejected',
  'verdict_reused',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** `auto`: public while it has a published verdict; `public`: marked public by an editor (lib/desk/article-visibility.ts). */
export const ARTICLE_VISIBILITIES = ['auto', 'public'] as const;

export const PUBLICATION_ACTIONS = ['publish', 'unpublish'] as const;

export const ACCOUNT_EVENT_KINDS = [
  'account_created',
  'role_changed',
  'password_changed',
  'account_disabled',
  'account_enabled',
  'sessions_revoked',
  'token_created',
  'token_revoked',
] as const;
export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];

/** A figure's own history (figure_events): it belongs to no article, so not in review_events. */
export const FIGURE_EVENT_KINDS = ['figure_created', 'figure_edited'] as const;
export type FigureEventKind = (typeof FIGURE_EVENT_KINDS)[number];

/** What an API token may do: `read` only reads; `write` acts with its owner's role. */
export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];
export const CLAIMANT_KINDS = ['person', 'organization'] as const;
export type ClaimantKindValue = (typeof CLAIMANT_KINDS)[number];
