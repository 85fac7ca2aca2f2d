import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import type { Actor } from '@/lib/auth/permissions';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { addEvidence } from './add-evidence';
import { editClaim } from './edit-claim';
import { publishVerdict } from './publish-verdict';
import { reviewClaim } from './review-claim';
import { unpublishVerdict } from './unpublish-verdict';

let db: Db;
let editor: Actor;
let claimId: number;
let slug: string;

beforeEach(() => {
  db = createTestDb();
  editor = createTestUser(db, 'editor');
  const { articleId, claims } = createTestArticle(db);
  claimId = claims[0].id;
  slug = db.query.articles.findFirst({ where: (a, { eq }) => eq(a.id, articleId) }).sync()!.slug;
});

const publicVerdicts = () => getPublicArticle(db, slug)!.verdicts;

describe('publishing verdicts', () => {
  it('refuses a claim without a verdict', () => {
    expect(() => publishVerdict(db, editor, { claimId })).toThrow(/Only a verified, disputed or unverifiable claim/);
    reviewClaim(db, editor, { claimId, status: 'in_review', version: 1 });
    expect(() => publishVerdict(db, editor, { claimId })).toThrow(/is in_review/);
    expect(publicVerdicts()).toEqual([]);
  });

  it('publishes a snapshot that later edits do not change until a correction is published', () => {
    reviewClaim(db, editor, { claimId, status: 'verified', note: 'Two hospitals confirm.', version: 1 });
    addEvidence(db, editor, { claimId, url: 'https://example.org/hospital', stance: 'supports' });
    publishVerdict(db, editor, { claimId });
    editClaim(db, editor, { claimId, version: 2, value: 14 });
    reviewClaim(db, editor, { claimId, status: 'disputed', note: 'Revised toll is 14.', version: 3 });

    expect(publicVerdicts()).toMatchObject([
      { status: 'verified', rationale: 'Two hospitals confirm.', claim: { value: 12 }, evidence: [{ url: 'https://example.org/hospital' }] },
    ]);

    publishVerdict(db, editor, { claimId, note: 'Toll revised.' });
    const [current] = publicVerdicts();
    expect(current).toMatchObject({ status: 'disputed', claim: { value: 14 }, note: 'Toll revised.' });
    expect(current.correctedAt).toEqual(current.publishedAt);
    expect(getPublicArticle(db, slug)!.corrections).toMatchObject([
      { kind: 'corrected', from: 'verified', to: 'disputed', quote: '12 شخصاً', note: 'Toll revised.' },
    ]);
  });

  it('refuses to publish the same verdict twice and a stale version', () => {
    reviewClaim(db, editor, { claimId, status: 'verified', note: 'ok', version: 1 });
    publishVerdict(db, editor, { claimId, version: 2 });
    expect(() => publishVerdict(db, editor, { claimId })).toThrow(/already published exactly as it stands/);
    expect(() => publishVerdict(db, editor, { claimId, version: 1 })).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('withdraws a verdict from the public page, and refuses to withdraw what is not published', () => {
    expect(() => unpublishVerdict(db, editor, { claimId })).toThrow(/no published verdict/);
    reviewClaim(db, editor, { claimId, status: 'unverifiable', note: 'No access to the area.', version: 1 });
    publishVerdict(db, editor, { claimId });
    unpublishVerdict(db, editor, { claimId, note: 'Re-checking' });
    expect(publicVerdicts()).toEqual([]);
    // The withdrawal stays on the public record, with the words that had been judged.
    expect(getPublicArticle(db, slug)!.corrections).toMatchObject([
      { kind: 'withdrawn', from: 'unverifiable', to: null, quote: '12 شخصاً', note: 'Re-checking' },
    ]);
    expect(() => unpublishVerdict(db, editor, { claimId })).toThrow(/no published verdict/);
  });
});
