import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/errors';
import type { ClaimSnapshot } from './claim-snapshot';
import {
  hasSecondReviewer,
  PublicationRefused,
  publishRulesError,
  requireSecondReviewerFromEnv,
  unmetPublicationRules,
  unmetWithdrawalRules,
} from './publication-rules';

const EDITOR = 1;
const CHECKER = 2;
const t = (day: number) => new Date(Date.UTC(2026, 0, day));

function snapshot(over: Partial<ClaimSnapshot> = {}): ClaimSnapshot {
  return {
    status: 'false',
    version: 3,
    explanation: 'The ministry later reported 9.',
    evidenceCount: 1,
    reviews: [{ actorId: CHECKER, verdict: 'false', at: t(2) }],
    lastActivityAt: t(2),
    evidenceChangedAt: t(2),
    publication: null,
    ...over,
  };
}

const codes = (s: ClaimSnapshot, reason: string | null = null, opts = {}) =>
  unmetPublicationRules(s, EDITOR, reason, opts).map((r) => r.code);

describe('unmetPublicationRules', () => {
  it('passes a verdict with explanation, evidence and a second reviewer', () => {
    expect(codes(snapshot())).toEqual([]);
  });

  it('names every unmet rule at once', () => {
    const s = snapshot({ status: 'in_review', explanation: '   ', evidenceCount: 0, reviews: [] });
    expect(codes(s)).toEqual(['verdict', 'explanation']);
    const judged = snapshot({ explanation: null, evidenceCount: 0, reviews: [{ actorId: EDITOR, verdict: 'false', at: t(1) }] });
    expect(codes(judged)).toEqual(['explanation', 'evidence', 'second_reviewer']);
  });

  it('lets an unverifiable verdict go without evidence, but no other verdict', () => {
    const reviews = (v: ClaimSnapshot['status']) => [{ actorId: CHECKER, verdict: v as 'false', at: t(1) }];
    expect(codes(snapshot({ status: 'unverifiable', evidenceCount: 0, reviews: reviews('unverifiable') }))).toEqual([]);
    for (const v of ['verified', 'disputed', 'false', 'misleading'] as const) {
      expect(codes(snapshot({ status: v, evidenceCount: 0, reviews: reviews(v) }))).toEqual(['evidence']);
    }
  });

  it('requires someone other than the publisher to stand by the current verdict', () => {
    expect(codes(snapshot({ reviews: [{ actorId: EDITOR, verdict: 'false', at: t(1) }] }))).toEqual(['second_reviewer']);
    // The checker said disputed; the editor overruled with false: no second pair of eyes on "false".
    const overruled = snapshot({
      reviews: [
        { actorId: CHECKER, verdict: 'disputed', at: t(1) },
        { actorId: EDITOR, verdict: 'false', at: t(2) },
      ],
    });
    expect(codes(overruled)).toEqual(['second_reviewer']);
    // A checker who changed their mind counts as they stand now.
    const changed = snapshot({
      reviews: [
        { actorId: CHECKER, verdict: 'false', at: t(1) },
        { actorId: CHECKER, verdict: 'misleading', at: t(2) },
      ],
    });
    expect(hasSecondReviewer(changed, EDITOR)).toBe(false);
  });

  it('lets a one-person desk switch the second reviewer off', () => {
    const alone = snapshot({ reviews: [{ actorId: EDITOR, verdict: 'false', at: t(1) }] });
    expect(codes(alone, null, { requireSecondReviewer: false })).toEqual([]);
  });

  it('treats publishing over a public verdict as a correction that needs a reason', () => {
    const published = snapshot({ publication: { claimVersion: 2, publishedAt: t(1) } });
    expect(codes(published)).toEqual(['reason']);
    expect(codes(published, ' ')).toEqual(['reason']);
    expect(codes(published, 'The ministry revised its figure.')).toEqual([]);
  });

  it('gives every message in Arabic and English', () => {
    for (const r of unmetPublicationRules(snapshot({ status: 'unreviewed', explanation: null, publication: { claimVersion: 1, publishedAt: t(1) } }), EDITOR, null)) {
      expect(r.message.ar).toMatch(/[\u0600-\u06ff]/);
      expect(r.message.en).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});

describe('unmetWithdrawalRules', () => {
  it('needs a published verdict and a reason', () => {
    expect(unmetWithdrawalRules(snapshot(), '').map((r) => r.code)).toEqual(['not_published', 'reason']);
    const published = snapshot({ publication: { claimVersion: 3, publishedAt: t(3) } });
    expect(unmetWithdrawalRules(published, null).map((r) => r.code)).toEqual(['reason']);
    expect(unmetWithdrawalRules(published, 'Source retracted')).toEqual([]);
  });
});

describe('publishRulesError', () => {
  it('is a 422 naming every unmet rule in the asker language', () => {
    const rules = unmetPublicationRules(snapshot({ explanation: null, evidenceCount: 0 }), EDITOR, null);
    const { status, body } = publishRulesError(rules, 'ar');
    expect(status).toBe(422);
    expect(body.error.code).toBe('publish_rules');
    expect(body.error.unmet.map((u) => u.code)).toEqual(['explanation', 'evidence']);
    expect(body.error.message).toContain('لا يمكن النشر');
    const refused = new PublicationRefused(rules);
    expect(refused.message).toMatch(/^Cannot publish: The verdict has no public explanation/);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused.status).toBe(422);
    expect(Object.keys(refused.fields!)).toEqual(['explanation', 'evidence']);
    expect(refused.toResponseBody().error.unmet).toHaveLength(2);
  });
});

describe('requireSecondReviewerFromEnv', () => {
  it('is on unless explicitly switched off', () => {
    expect(requireSecondReviewerFromEnv(undefined)).toBe(true);
    expect(requireSecondReviewerFromEnv('')).toBe(true);
    expect(requireSecondReviewerFromEnv('true')).toBe(true);
    expect(requireSecondReviewerFromEnv('FALSE')).toBe(false);
    expect(requireSecondReviewerFromEnv('0')).toBe(false);
  });
});
