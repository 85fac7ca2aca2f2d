import type { ClaimStatus, VerdictStatus } from '@/lib/vocabulary';
import { DomainError } from '@/lib/errors';
import { NEXT_STATUSES, VERDICTS as SCALE_VERDICTS } from '@/lib/verdicts/scale';

export const VERDICTS = SCALE_VERDICTS satisfies readonly VerdictStatus[];

export function isVerdict(status: ClaimStatus): status is VerdictStatus {
  return (VERDICTS as readonly string[]).includes(status);
}

/**
 * Where a claim may go next (lib/verdicts/scale.ts NEXT_STATUSES). A verdict can be
 * reconsidered (back to review, or straight to another verdict); a dismissed claim (an
 * extractor false positive) can only be restored. A checker may give a verdict on an
 * unreviewed claim directly: on a deadline, opening the review first records nothing.
 */
const NEXT: Record<ClaimStatus, readonly ClaimStatus[]> = NEXT_STATUSES;

export function allowedNextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return NEXT[from];
}

export function assertTransition(from: ClaimStatus, to: ClaimStatus): void {
  if (from === to) throw new DomainError('invalid_transition', `The claim is already ${to}.`);
  if (!NEXT[from].includes(to)) {
    throw new DomainError(
      'invalid_transition',
      `A claim that is ${from} cannot become ${to}; it can become: ${NEXT[from].join(', ')}.`,
    );
  }
}

/** A verdict or a dismissal is a judgement, and a judgement needs its reasons written down. */
export function requiresRationale(to: ClaimStatus): boolean {
  return isVerdict(to) || to === 'dismissed';
}
