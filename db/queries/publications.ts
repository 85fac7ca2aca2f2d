import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../client';
import { preparedQuery } from '../prepared';
import { evidence, verdictPublications, type Evidence, type PublishedEvidence, type VerdictPublication } from '../schema';

// Prepared (db/prepared.ts): a claim read and each edit run these, and building their SQL
// text cost more than running them.
const newestPublication = preparedQuery<VerdictPublication[]>('latest_publication', (db) =>
  db
    .select()
    .from(verdictPublications)
    .where(eq(verdictPublications.claimId, sql.placeholder('claimId')))
    .orderBy(desc(verdictPublications.id))
    .limit(1),
);

export async function latestPublication(db: Db | Tx, claimId: number): Promise<VerdictPublication | undefined> {
  const [row] = await newestPublication(db, { claimId });
  return row;
}

/** The newest publication row of each listed claim (publish or unpublish). */
export async function latestPublications(db: Db | Tx, claimIds: number[]): Promise<Map<number, VerdictPublication>> {
  if (claimIds.length === 0) return new Map();
  const newest = db
    .select({ id: sql<number>`max(${verdictPublications.id})`.as('id') })
    .from(verdictPublications)
    .where(inArray(verdictPublications.claimId, claimIds))
    .groupBy(verdictPublications.claimId);
  const rows = await db
    .select()
    .from(verdictPublications)
    .where(inArray(verdictPublications.id, newest));
  return new Map(rows.map((row) => [row.claimId, row]));
}

const evidenceShown = preparedQuery<Evidence[]>('active_evidence', (db) =>
  db
    .select()
    .from(evidence)
    .where(and(eq(evidence.claimId, sql.placeholder('claimId')), isNull(evidence.removedAt)))
    .orderBy(evidence.id),
);

export async function activeEvidence(db: Db | Tx, claimId: number): Promise<Evidence[]> {
  return await evidenceShown(db, { claimId });
}

/** The evidence as a publication records it. */
export function snapshotEvidence(rows: Evidence[]): PublishedEvidence[] {
  return rows
    .filter((e) => !e.removedAt)
    .map((e) => ({ url: e.url, title: e.title, stance: e.stance, note: e.note }));
}

/**
 * True when the public verdict still says what the claim and its evidence say now. Takes the
 * claim's contentVersion: a later assignment moves the version but changes nothing published.
 */
export function isPublishedAsIs(
  contentVersion: number,
  currentEvidence: PublishedEvidence[],
  publication: VerdictPublication | null | undefined,
): boolean {
  return (
    publication?.action === 'publish' &&
    publication.claimVersion >= contentVersion &&
    sameEvidence(publication.evidence ?? [], currentEvidence)
  );
}

/** Field by field, not by serialised text: PostgreSQL's jsonb hands objects back with their keys reordered. */
function sameEvidence(a: PublishedEvidence[], b: PublishedEvidence[]): boolean {
  const key = (e: PublishedEvidence) => [e.url, e.title ?? null, e.stance, e.note ?? null];
  return a.length === b.length && a.every((e, i) => JSON.stringify(key(e)) === JSON.stringify(key(b[i])));
}
