import { and, eq, sql } from 'drizzle-orm';
import { claims, type Claim } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { lockedClaim } from '@/db/locks';
import { preparedQuery } from '@/db/prepared';
import { CLAIM_SEARCH_FIELDS, reindexClaim } from '@/db/search/write-index';
import { DomainError } from '@/lib/errors';
import { isVerdict } from './status';

const claimById = preparedQuery<Claim[]>('claim_by_id', (db) => db.select().from(claims).where(eq(claims.id, sql.placeholder('id'))));

export async function loadClaim(tx: Db | Tx, claimId: number): Promise<Claim> {
  return found(claimId, (await claimById(tx, { id: claimId }))[0]);
}

function found(claimId: number, claim: Claim | undefined): Claim {
  if (!claim) throw new DomainError('not_found', `Claim ${claimId} does not exist.`);
  return claim;
}

/** Loads a claim inside a transaction that will change it or act on what it says now. */
export async function loadClaimForUpdate(tx: Tx, claimId: number): Promise<Claim> {
  return found(claimId, await lockedClaim(tx, claimId));
}

/** Rejects a stale version so two reviewers cannot overwrite each other's decisions. */
export function assertFreshVersion(claim: Claim, version: number | undefined): void {
  if (version === undefined || claim.version === version) return;
  throw new DomainError(
    'conflict',
    `Claim ${claim.id} has changed since you read it (you sent version ${version}, it is now version ${claim.version}). ` +
      'Reload to see the change; nothing was overwritten.',
  );
}

/**
 * Writes new field values and the next version. The `version =` guard makes the update a
 * compare-and-set, so a concurrent writer that slipped in cannot be silently overwritten.
 * A change to a field the desk search holds (quote, claimant, rationale, explanation...)
 * re-indexes the claim in the same transaction, whichever use case made it.
 * Every change moves the version; only a change of content (`content: false` for an
 * assignment) moves contentVersion, which is what a publication is compared with.
 */
export async function updateClaim(tx: Tx, claim: Claim, set: Partial<Claim>, at: Date, { content = true } = {}): Promise<Claim> {
  const version = claim.version + 1;
  const firstVerdict = !claim.firstVerdictAt && set.status && isVerdict(set.status) ? { firstVerdictAt: at } : {};
  const [updated] = await tx
    .update(claims)
    .set({ ...set, ...firstVerdict, version, ...(content ? { contentVersion: version } : {}), updatedAt: at })
    .where(and(eq(claims.id, claim.id), eq(claims.version, claim.version)))
    .returning();
  if (!updated) {
    throw new DomainError(
      'conflict',
      `Claim ${claim.id} was changed by someone else while you were saving. Reload and try again; nothing was overwritten.`,
    );
  }
  if (CLAIM_SEARCH_FIELDS.some((field) => field in set)) await reindexClaim(tx, claim.id);
  return updated;
}
