import { and, eq } from 'drizzle-orm';
import { claims, type Claim } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { lockClaim } from '@/db/locks';
import { DomainError } from '@/lib/errors';
import { isVerdict } from './status';

export async function loadClaim(tx: Db | Tx, claimId: number): Promise<Claim> {
  const [claim] = await tx.select().from(claims).where(eq(claims.id, claimId));
  if (!claim) throw new DomainError('not_found', `Claim ${claimId} does not exist.`);
  return claim;
}

/** Loads a claim inside a transaction that will change it or act on what it says now. */
export async function loadClaimForUpdate(tx: Tx, claimId: number): Promise<Claim> {
  await lockClaim(tx, claimId);
  return loadClaim(tx, claimId);
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
  return updated;
}
