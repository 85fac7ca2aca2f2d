/**
 * The product's closed vocabularies, in a module with no dependencies so the database
 * schema, the domain and the browser bundle all share one definition.
 */
export { CATEGORIES, QUALIFIERS, type Category, type Qualifier } from './extract/types';

export const ROLES = ['checker', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const LOCALES = ['ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const CLAIM_STATUSES = ['unreviewed', 'in_review', 'verified', 'disputed', 'unverifiable', 'dismissed'] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const VERDICT_STATUSES = ['verified', 'disputed', 'unverifiable'] as const;
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
  'figure_linked',
  'figure_unlinked',
  'suggestion_rejected',
  'verdict_reused',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const PUBLICATION_ACTIONS = ['publish', 'unpublish'] as const;

export const ACCOUNT_EVENT_KINDS = [
  'account_created',
  'role_changed',
  'password_changed',
  'account_disabled',
  'account_enabled',
] as const;
export type AccountEventKind = (typeof ACCOUNT_EVENT_KINDS)[number];

export const CLAIMANT_KINDS = ['person', 'organization'] as const;
export type ClaimantKindValue = (typeof CLAIMANT_KINDS)[number];
