import { eq } from 'drizzle-orm';
import { users, type Claim } from '@/db/schema';
import type { Db, Tx } from '@/db/client';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { assignInput } from '@/lib/desk/desk-inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { recordEvent } from './events';
import { assertFreshVersion, loadClaimForUpdate, updateClaim } from './load-claim';

/** The assignee must be an active account; null unassigns. */
export async function assertAssignable(tx: Db | Tx, assignee: number | null): Promise<void> {
  if (assignee === null) return;
  const [user] = await tx.select({ id: users.id, disabledAt: users.disabledAt }).from(users).where(eq(users.id, assignee));
  if (!user || user.disabledAt) throw new DomainError('invalid_input', 'assignee: is not an active user', { assignee: 'is not an active user' });
}

/** Changes one claim's assignee inside the caller's transaction, with its history row. */
export async function assignInTx(tx: Tx, actor: Actor, claim: Claim, assignee: number | null, bulk = false): Promise<Claim> {
  if (claim.assigneeId === assignee) return claim;
  const at = new Date();
  const updated = await updateClaim(tx, claim, { assigneeId: assignee }, at, { content: false });
  await recordEvent(tx, {
    kind: 'claim_assigned',
    articleId: claim.articleId,
    claimId: claim.id,
    actorId: actor.id,
    payload: { from: claim.assigneeId, to: assignee, ...(bulk ? { bulk: true } : {}) },
    at,
  });
  return updated;
}

/** Assigns a claim to a checker (or unassigns it); the assignee finds it in "My queue". */
export async function assignClaim(db: Db, actor: Actor | null, input: unknown): Promise<Claim> {
  assertCan(actor, 'claims:assign');
  const { claimId, assignee, version } = parseInput(assignInput, input);
  return db.transaction(async (tx) => {
    await assertAssignable(tx, assignee);
    const claim = await loadClaimForUpdate(tx, claimId);
    assertFreshVersion(claim, version);
    return assignInTx(tx, actor, claim, assignee);
  });
}
