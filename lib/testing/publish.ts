import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { claims } from '@/db/schema';
import { addEvidence } from '@/lib/claims/add-evidence';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import type { Actor } from '@/lib/auth/permissions';
import { createTestUser } from './test-db';

/**
 * Takes a claim through what publication requires (lib/desk/publication-rules.ts): a checker's
 * verdict with its public explanation, evidence unless the verdict is "unverifiable", and an
 * editor other than the reviewer who publishes. Returns the publication.
 */
export async function publishForTest(
  db: Db,
  claimId: number,
  status: string,
  explanation: string,
  people: { checker?: Actor; editor?: Actor } = {},
) {
  const checker = people.checker ?? (await createTestUser(db, 'checker'));
  const editor = people.editor ?? (await createTestUser(db, 'editor'));
  if (status !== 'unverifiable') {
    await addEvidence(db, checker, { claimId, url: 'https://example.org/source', stance: status === 'verified' ? 'supports' : 'contradicts' });
  }
  const [current] = await db.select({ version: claims.version }).from(claims).where(eq(claims.id, claimId));
  await reviewClaim(db, checker, { claimId, status, note: `Internal note: ${explanation}`, explanation, version: current!.version });
  return publishVerdict(db, editor, { claimId });
}
