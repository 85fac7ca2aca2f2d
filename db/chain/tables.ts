import { getTableName } from 'drizzle-orm';
import type { Engine } from '../engine';
import * as pgSchema from '../pg/schema';
import * as sqliteSchema from '../sqlite/schema';

/**
 * The schema of a given engine. db/schema.ts picks one per process from DATABASE_URL; the
 * chain's tools (audit:verify, db:copy) may hold a handle on each engine at once.
 */
export function schemaFor(engine: Engine): typeof sqliteSchema {
  return (engine === 'pg' ? pgSchema : sqliteSchema) as unknown as typeof sqliteSchema;
}

/** The tables whose rows form the one history chain, in the order legacy rows tie-break. */
export function chainedTables(engine: Engine) {
  const s = schemaFor(engine);
  return [
    { name: 'review_events', table: s.reviewEvents },
    { name: 'verdict_publications', table: s.verdictPublications },
    { name: 'account_events', table: s.accountEvents },
    { name: 'figure_events', table: s.figureEvents },
  ] as const;
}

export type ChainedTable = typeof sqliteSchema.reviewEvents | typeof sqliteSchema.verdictPublications | typeof sqliteSchema.accountEvents | typeof sqliteSchema.figureEvents;

export function chainedTableName(table: ChainedTable): string {
  return getTableName(table);
}
