'use server';
import { z } from 'zod';
import { assertCan } from '@/lib/auth/permissions';
import { getClaimHistory } from '@/lib/claims/get-claim';
import { parseInput } from '@/lib/errors';
import { runAction } from '@/lib/http/action';

const input = z.object({ claimId: z.number().int().positive() });

/**
 * One claim's history, oldest first, for the review desk's panel: the page sends no claim's
 * history, so the panel asks for the selected claim's. A read: getClaimHistory checks the role.
 */
export async function claimHistoryAction(raw: unknown) {
  return runAction(async (db, actor) => {
    // Who is asking before what they ask: a signed-out or disabled caller learns nothing of the input.
    assertCan(actor, 'claims:read');
    const { claimId } = parseInput(input, raw);
    const events = await getClaimHistory(db, actor, claimId);
    return events.map(({ actor: who, ...e }) => ({ ...e, actorName: who?.name ?? null }));
  });
}
