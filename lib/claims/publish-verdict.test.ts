import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { getPublicArticle } from '@/db/queries/public-verdicts';
import { getDeskClaims } from '@/db/queries/review-desk';
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
let articleId: number;

beforeEach(async () => {
  db = await createTestDb();
  editor = await createTestUser(db, 'editor');
  const created = await createTestArticle(db);
  articleId = created.articleId;
  const claims = created.claims;
  claimId = claims[0].id;
  slug = (await db.query.articles.findFirst({ where: (a, { eq }) => eq(a.id, articleId) }))!.slug;
});

const publicVerdicts = async () => (await getPublicArticle(db, slug))!.verdicts;

describe('publishing verdicts', () => {
  it('refuses a claim without a verdict', async () => {
    await expect(publishVerdict(db, editor, { claimId })).rejects.toThrow(/Only a verified, disputed or unverifiable claim/);
    await reviewClaim(db, editor, { claimId, status: 'in_review', version: 1 });
    await expect(publishVerdict(db, editor, { claimId })).rejects.toThrow(/is in_review/);
    expect(await publicVerdicts()).toEqual([]);
  });

  it('publishes a snapshot that later edits do not change until a correction is published', async () => {
    await reviewClaim(db, editor, { claimId, status: 'verified', note: 'Two hospitals confirm.', version: 1 });
    await addEvidence(db, editor, { claimId, url: 'https://example.org/hospital', stance: 'supports' });
    await publishVerdict(db, editor, { claimId });
    await editClaim(db, editor, { claimId, version: 2, value: 14 });
    await reviewClaim(db, editor, { claimId, status: 'disputed', note: 'Revised toll is 14.', version: 3 });

    expect(await publicVerdicts()).toMatchObject([
      { status: 'verified', rationale: 'Two hospitals confirm.', claim: { value: 12 }, evidence: [{ url: 'https://example.org/hospital' }] },
    ]);

    await publishVerdict(db, editor, { claimId, note: 'Toll revised.' });
    const [current] = await publicVerdicts();
    expect(current).toMatchObject({ status: 'disputed', claim: { value: 14 }, note: 'Toll revised.' });
    expect(current.correctedAt).toEqual(current.publishedAt);
    expect((await getPublicArticle(db, slug))!.corrections).toMatchObject([
      { kind: 'corrected', from: 'verified', to: 'disputed', quote: '12 شخصاً', note: 'Toll revised.' },
    ]);
  });

  it('shows a published claim as unchanged until its evidence changes (JSON read back on either engine)', async () => {
    await reviewClaim(db, editor, { claimId, status: 'verified', note: 'ok', version: 1 });
    await addEvidence(db, editor, { claimId, url: 'https://example.org/a', title: 'A', stance: 'supports', note: 'n' });
    await publishVerdict(db, editor, { claimId });
    const changed = async () => (await getDeskClaims(db, articleId)).claims.find((c) => c.id === claimId)!.changedSincePublication;
    expect(await changed()).toBe(false);
    await addEvidence(db, editor, { claimId, url: 'https://example.org/b', stance: 'contradicts' });
    expect(await changed()).toBe(true);
  });

  it('refuses to publish the same verdict twice and a stale version', async () => {
    await reviewClaim(db, editor, { claimId, status: 'verified', note: 'ok', version: 1 });
    await publishVerdict(db, editor, { claimId, version: 2 });
    await expect(publishVerdict(db, editor, { claimId })).rejects.toThrow(/already published exactly as it stands/);
    await expect(publishVerdict(db, editor, { claimId, version: 1 })).rejects.toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('withdraws a verdict from the public page, and refuses to withdraw what is not published', async () => {
    await expect(unpublishVerdict(db, editor, { claimId })).rejects.toThrow(/no published verdict/);
    await reviewClaim(db, editor, { claimId, status: 'unverifiable', note: 'No access to the area.', version: 1 });
    await publishVerdict(db, editor, { claimId });
    await unpublishVerdict(db, editor, { claimId, note: 'Re-checking' });
    expect(await publicVerdicts()).toEqual([]);
    // The withdrawal stays on the public record, with the words that had been judged.
    expect((await getPublicArticle(db, slug))!.corrections).toMatchObject([
      { kind: 'withdrawn', from: 'unverifiable', to: null, quote: '12 شخصاً', note: 'Re-checking' },
    ]);
    await expect(unpublishVerdict(db, editor, { claimId })).rejects.toThrow(/no published verdict/);
  });
});
