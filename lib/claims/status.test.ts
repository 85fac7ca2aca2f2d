import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES } from '@/db/schema';
import { allowedNextStatuses, assertTransition, requiresRationale } from './status';

describe('claim status transitions', () => {
  it('lets an unreviewed claim be opened, judged directly, or dismissed', () => {
    for (const to of ['in_review', 'verified', 'disputed', 'false', 'misleading', 'unverifiable', 'dismissed'] as const) {
      expect(() => assertTransition('unreviewed', to)).not.toThrow();
    }
  });

  it('lets a verdict be reconsidered but not dismissed or reset to unreviewed', () => {
    expect(() => assertTransition('verified', 'disputed')).not.toThrow();
    expect(() => assertTransition('disputed', 'in_review')).not.toThrow();
    expect(() => assertTransition('verified', 'dismissed')).toThrow(/cannot become dismissed/);
    expect(() => assertTransition('unverifiable', 'unreviewed')).toThrow(/cannot become unreviewed/);
  });

  it('only restores a dismissed claim to unreviewed', () => {
    expect(allowedNextStatuses('dismissed')).toEqual(['unreviewed']);
    expect(() => assertTransition('dismissed', 'verified')).toThrow(/can become: unreviewed/);
  });

  it('refuses a change to the status the claim already has', () => {
    for (const status of CLAIM_STATUSES) {
      expect(() => assertTransition(status, status)).toThrow(`already ${status}`);
    }
  });

  it('asks for a rationale for verdicts and dismissals only', () => {
    expect(CLAIM_STATUSES.filter(requiresRationale)).toEqual(['verified', 'disputed', 'false', 'misleading', 'unverifiable', 'dismissed']);
  });
});
