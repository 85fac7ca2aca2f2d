import { engineOf, databaseTarget } from './engine';
import * as pg from './pg/schema';
import * as sqlite from './sqlite/schema';

/*
 * The tables the domain queries, for the engine this process runs on. Both schemas declare
 * the same tables with the same row types (see db/pg/schema.ts), so the use cases are typed
 * once, against the SQLite declarations, and run on either. A process runs one engine: the
 * choice is made once, from DATABASE_URL, when this module loads.
 */
const tables = (engineOf(databaseTarget()) === 'pg' ? pg : sqlite) as unknown as typeof sqlite;

export const { users, articles, claims, evidence, reviewEvents, verdictPublications, accountEvents, sessions, apiTokens, rateLimits, articleStats, chainHead, figures, figureEvents, suggestionRejections, deskCounts } = tables;

export type {
  AccountEvent,
  ApiToken,
  ArticleStats,
  Article,
  Claim,
  ClaimFields,
  Evidence,
  Figure,
  FigureEvent,
  StoredFeatures,
  SuggestionRejection,
  PublishedClaim,
  PublishedEvidence,
  ReviewEvent,
  Session,
  User,
  VerdictPublication,
} from './sqlite/schema';
export * from '../lib/vocabulary';
