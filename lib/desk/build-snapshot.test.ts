import { describe, expect, it } from 'vitest';
import { buildSnapshot, type SnapshotRows } from './build-snapshot';
import { unmetPublicationRules } from './publication-rules';

const t = (day: number) => new Date(Date.UTC(2026, 0, day));

const rows = (over: Partial<SnapshotRows> = {}): SnapshotRows => ({
  claim: { status: 'false', version: 4, explanation: 'Explained.', createdAt: t(1), updatedAt: t(3) },
  evidence: [
    { addedAt: t(2), removedAt: null },
    { addedAt: t(2), removedAt: t(4) },
  ],
  events: [
    { kind: 'claim_created', actorId: null, toStatus: null, createdAt: t(1) },
    { kind: 'status_changed', actorId: 2, toStatus: 'in_review', createdAt: t(2) },
    { kind: 'status_changed', actorId: 2, toStatus: 'false', createdAt: t(3) },
    { kind: 'comment', actorId: 3, toStatus: null, createdAt: t(5) },
  ],
  latestPublication: null,
  ...over,
});

describe('buildSnapshot', () => {
  it('collects verdict reviews, active evidence, last activity and evidence changes', () => {
    expect(buildSnapshot(rows())).toEqual({
      status: 'false',
      version: 4,
      explanation: 'Explained.',
      evidenceCount: 1,
      reviews: [{ actorId: 2, verdict: 'false', at: t(3) }],
      lastActivityAt: t(5),
      evidenceChangedAt: t(4),
      publication: null,
    });
  });

  it('sees a withdrawn verdict as unpublished and a published one with its version', () => {
    expect(buildSnapshot(rows({ latestPublication: { action: 'unpublish', claimVersion: 3, publishedAt: t(4) } })).publication).toBeNull();
    expect(buildSnapshot(rows({ latestPublication: { action: 'publish', claimVersion: 3, publishedAt: t(4) } })).publication).toEqual({
      claimVersion: 3,
      publishedAt: t(4),
    });
  });

  it('feeds the publication rules', () => {
    expect(unmetPublicationRules(buildSnapshot(rows()), 1, null)).toEqual([]);
    expect(unmetPublicationRules(buildSnapshot(rows()), 2, null).map((r) => r.code)).toEqual(['second_reviewer']);
  });

  it('refuses a status it does not know', () => {
    expect(() => buildSnapshot(rows({ claim: { ...rows().claim, status: 'maybe' } }))).toThrow(/Unknown claim status/);
  });
});
