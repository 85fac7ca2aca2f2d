import { describe, expect, it } from 'vitest';
import type { ClaimSnapshot } from './claim-snapshot';
import { attentionReasons, changedSincePublication, judgedWithoutEvidence, readyToPublish, reviewersDisagree, untouchedFor } from './queues';

const t = (day: number) => new Date(Date.UTC(2026, 0, day));
const snapshot = (over: Partial<ClaimSnapshot> = {}): ClaimSnapshot => ({
  status: 'false',
  version: 3,
  explanation: 'Explained.',
  evidenceCount: 1,
  reviews: [{ actorId: 2, verdict: 'false', at: t(2) }],
  lastActivityAt: t(2),
  evidenceChangedAt: t(2),
  publication: null,
  ...over,
});

describe('needs attention', () => {
  it('flags a verdict without evidence, except unverifiable', () => {
    expect(judgedWithoutEvidence(snapshot({ evidenceCount: 0 }))).toBe(true);
    expect(judgedWithoutEvidence(snapshot({ status: 'unverifiable', evidenceCount: 0 }))).toBe(false);
    expect(judgedWithoutEvidence(snapshot({ status: 'in_review', evidenceCount: 0 }))).toBe(false);
  });

  it('flags reviewers whose standing verdicts differ until a publication settles it', () => {
    const reviews = [
      { actorId: 2, verdict: 'false' as const, at: t(1) },
      { actorId: 3, verdict: 'disputed' as const, at: t(2) },
    ];
    expect(reviewersDisagree(snapshot({ reviews }))).toBe(true);
    expect(reviewersDisagree(snapshot({ reviews: [...reviews, { actorId: 3, verdict: 'false', at: t(3) }] }))).toBe(false);
    expect(reviewersDisagree(snapshot({ reviews, publication: { claimVersion: 3, publishedAt: t(3) } }))).toBe(false);
  });

  it('flags open claims nobody touched for N days', () => {
    const now = t(10);
    expect(untouchedFor(snapshot({ status: 'unreviewed', lastActivityAt: t(2) }), 7, now)).toBe(true);
    expect(untouchedFor(snapshot({ status: 'in_review', lastActivityAt: t(4) }), 7, now)).toBe(false);
    expect(untouchedFor(snapshot({ status: 'false', lastActivityAt: t(1) }), 7, now)).toBe(false);
  });

  it('flags a public verdict whose claim or evidence changed after publication', () => {
    const publication = { claimVersion: 3, publishedAt: t(3) };
    expect(changedSincePublication(snapshot({ publication }))).toBe(false);
    expect(changedSincePublication(snapshot({ publication, version: 4 }))).toBe(true);
    expect(changedSincePublication(snapshot({ publication, evidenceChangedAt: t(4) }))).toBe(true);
    expect(changedSincePublication(snapshot())).toBe(false);
  });

  it('lists every reason that applies', () => {
    const s = snapshot({ evidenceCount: 0, version: 5, publication: { claimVersion: 3, publishedAt: t(3) } });
    expect(attentionReasons(s, { untouchedDays: 7, now: t(30) })).toEqual(['judged_without_evidence', 'changed_since_publication']);
    expect(attentionReasons(snapshot(), { untouchedDays: 7, now: t(30) })).toEqual([]);
  });
});

describe('readyToPublish', () => {
  it('holds claims that meet every rule and are not already public as they stand', () => {
    expect(readyToPublish(snapshot(), 1)).toBe(true);
    expect(readyToPublish(snapshot(), 2)).toBe(false); // the only reviewer cannot be their own second pair of eyes
    expect(readyToPublish(snapshot(), 2, { requireSecondReviewer: false })).toBe(true);
    expect(readyToPublish(snapshot({ explanation: '' }), 1)).toBe(false);
    expect(readyToPublish(snapshot({ publication: { claimVersion: 3, publishedAt: t(3) } }), 1)).toBe(false);
    expect(readyToPublish(snapshot({ version: 4, publication: { claimVersion: 3, publishedAt: t(3) } }), 1)).toBe(true);
  });
});
