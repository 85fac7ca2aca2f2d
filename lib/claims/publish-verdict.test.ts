import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { getPublicArticle, listPublicArticles } from '@/db/queries/public-verdicts';
import { getDeskClaims } from '@/db/queries/review-desk';
import type { Actor } from '@/lib/auth/permissions';
import { PublicationRefused } from '@/lib/desk/publication-rules';
import { createTestArticle, createTestDb, createTestUser, TEST_ENGINE } from '@/lib/testing/test-db';
import { addEvidence } from './add-evidence';
import { editClaim } from './edit-claim';
import { publishVerdict } from './publish-verdict';
import { reviewClaim } from './review-claim';
import { setExplanation } from './set-explanation';
import { unpublishVerdict } from './unpublish-verdict';

let db: Db;
let editor: Actor;
let checker: Actor;
let claimId: number;
let slug: string;
let articleId: number;

beforeEach(async () => {
  db = await createTestDb();
  editor = await createTestUser(db, 'editor');
  checker = await createTestUser(db, 'checker');
  const created = await createTestArticle(db);
  articleId = created.articleId;
  claimId = created.claims[0].id;
  slug = (await db.query.articles.findFirst({ where: (a, { eq }) => eq(a.id, articleId) }))!.slug;
});

afterEach(() => {
  delete process.env.ISNAD_REQUIRE_SECOND_REVIEWER;
});

const publicVerdicts = async () => (await getPublicArticle(db, slug))?.verdicts ?? [];

/** The codes of every rule a publication attempt breaks (empty: it was published). */
async function refusal(attempt: Promise<unknown>): Promise<string[]> {
  try {
    await attempt;
    return [];
  } catch (e) {
    if (!(e instanceof PublicationRefused)) throw e;
    return e.unmet.map((r) => r.code);
  }
}

/** A checker's verdict with its internal rationale and its public explanation. */
const judge = (status: string, version: number, explanation: string | null = 'Two hospitals give 12.') =>
  reviewClaim(db, checker, { claimId, status, note: 'INTERNAL: called the ministry twice.', explanation, version });

describe(`publication rules (${TEST_ENGINE})`, () => {
  it('refuses a claim without a verdict or an explanation, naming both', async () => {
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual(['verdict', 'explanation']);
    await reviewClaim(db, checker, { claimId, status: 'in_review', version: 1 });
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual(['verdict', 'explanation']);
    expect(await publicVerdicts()).toEqual([]);
  });

  it('needs a public explanation besides the internal rationale', async () => {
    await judge('unverifiable', 1, null);
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual(['explanation']);
    await setExplanation(db, checker, { claimId, explanation: 'No one can reach the area.', version: 2 });
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual([]);
  });

  it('needs evidence for every verdict but unverifiable', async () => {
    for (const status of ['verified', 'false', 'misleading', 'disputed'] as const) {
      const fresh = await createTestDb();
      const [e, c] = [await createTestUser(fresh, 'editor'), await createTestUser(fresh, 'checker')];
      const id = (await createTestArticle(fresh)).claims[0].id;
      await reviewClaim(fresh, c, { claimId: id, status, note: 'n', explanation: 'x', version: 1 });
      expect(await refusal(publishVerdict(fresh, e, { claimId: id }))).toEqual(['evidence']);
      await addEvidence(fresh, c, { claimId: id, url: 'https://example.org/a', stance: 'contradicts' });
      expect(await refusal(publishVerdict(fresh, e, { claimId: id }))).toEqual([]);
    }
  });

  it('needs a second pair of eyes unless the desk switches it off', async () => {
    await reviewClaim(db, editor, { claimId, status: 'unverifiable', note: 'n', explanation: 'x', version: 1 });
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual(['second_reviewer']);
    // A checker who reached another verdict is no second pair of eyes for this one.
    await reviewClaim(db, checker, { claimId, status: 'in_review', version: 2 });
    await reviewClaim(db, editor, { claimId, status: 'unverifiable', note: 'n', version: 3 });
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual(['second_reviewer']);
    process.env.ISNAD_REQUIRE_SECOND_REVIEWER = 'false';
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual([]);
  });

  it('answers the API with every unmet rule', async () => {
    const error = await publishVerdict(db, editor, { claimId }).catch((e) => e);
    expect(error.status).toBe(422);
    expect(error.toResponseBody()).toEqual({
      error: {
        code: 'publish_rules',
        message: expect.stringMatching(/^Cannot publish: The claim has no verdict/),
        unmet: [
          { code: 'verdict', message: expect.any(String) },
          { code: 'explanation', message: expect.any(String) },
        ],
      },
    });
  });
});

describe(`publishing verdicts (${TEST_ENGINE})`, () => {
  it('keeps an imported article private until its first publication, and public for its corrections log after', async () => {
    expect(await getPublicArticle(db, slug)).toBeNull();
    expect((await listPublicArticles(db)).rows.map((a) => a.slug)).not.toContain(slug);
    await judge('unverifiable', 1);
    expect(await getPublicArticle(db, slug)).toBeNull();
    await publishVerdict(db, editor, { claimId });
    expect((await listPublicArticles(db)).rows.map((a) => a.slug)).toContain(slug);
    await unpublishVerdict(db, editor, { claimId, note: 'Re-checking' });
    expect((await getPublicArticle(db, slug))!.corrections).toMatchObject([{ kind: 'withdrawn', note: 'Re-checking' }]);
  });

  it('publishes the explanation and never the internal rationale or evidence notes', async () => {
    await judge('false', 1);
    await addEvidence(db, checker, { claimId, url: 'https://example.org/h', title: 'Hospital', stance: 'contradicts', note: 'INTERNAL evidence note' });
    await publishVerdict(db, editor, { claimId });
    const found = await getPublicArticle(db, slug);
    expect(found!.verdicts).toMatchObject([{ status: 'false', explanation: 'Two hospitals give 12.', evidence: [{ url: 'https://example.org/h', title: 'Hospital', stance: 'contradicts' }] }]);
    expect(JSON.stringify(found)).not.toMatch(/INTERNAL/);
  });

  it('publishes a snapshot that later edits do not change until a correction is published with its reason', async () => {
    await judge('verified', 1);
    await addEvidence(db, checker, { claimId, url: 'https://example.org/hospital', stance: 'supports' });
    await publishVerdict(db, editor, { claimId });
    await editClaim(db, editor, { claimId, version: 2, value: 14 });
    await reviewClaim(db, checker, { claimId, status: 'disputed', note: 'Revised toll is 14.', explanation: 'Sources now give 14.', version: 3 });

    expect(await publicVerdicts()).toMatchObject([{ status: 'verified', explanation: 'Two hospitals give 12.', claim: { value: 12 } }]);
    expect(await refusal(publishVerdict(db, editor, { claimId }))).toEqual(['reason']);

    await publishVerdict(db, editor, { claimId, note: 'Toll revised.' });
    const [current] = await publicVerdicts();
    expect(current).toMatchObject({ status: 'disputed', explanation: 'Sources now give 14.', claim: { value: 14 }, note: 'Toll revised.' });
    expect(current.correctedAt).toEqual(current.publishedAt);
    expect((await getPublicArticle(db, slug))!.corrections).toMatchObject([
      { kind: 'corrected', from: 'verified', to: 'disputed', quote: '12 شخصاً', note: 'Toll revised.' },
    ]);
  });

  it('shows a published claim as unchanged until its evidence changes (JSON read back on either engine)', async () => {
    await judge('verified', 1);
    await addEvidence(db, checker, { claimId, url: 'https://example.org/a', title: 'A', stance: 'supports', note: 'n' });
    await publishVerdict(db, editor, { claimId });
    const changed = async () => (await getDeskClaims(db, articleId)).claims.find((c) => c.id === claimId)!.changedSincePublication;
    expect(await changed()).toBe(false);
    await addEvidence(db, checker, { claimId, url: 'https://example.org/b', stance: 'contradicts' });
    expect(await changed()).toBe(true);
  });

  it('refuses to publish the same verdict twice and a stale version', async () => {
    await judge('unverifiable', 1);
    await publishVerdict(db, editor, { claimId, version: 2 });
    await expect(publishVerdict(db, editor, { claimId })).rejects.toThrow(/already published exactly as it stands/);
    await expect(publishVerdict(db, editor, { claimId, version: 1 })).rejects.toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('withdraws a verdict only with a reason, and refuses to withdraw what is not published', async () => {
    expect(await refusal(unpublishVerdict(db, editor, { claimId, note: 'x' }))).toEqual(['not_published']);
    await judge('unverifiable', 1);
    await publishVerdict(db, editor, { claimId });
    expect(await refusal(unpublishVerdict(db, editor, { claimId }))).toEqual(['reason']);
    await unpublishVerdict(db, editor, { claimId, note: 'Re-checking' });
    expect(await publicVerdicts()).toEqual([]);
    expect(await refusal(unpublishVerdict(db, editor, { claimId, note: 'again' }))).toEqual(['not_published']);
  });
});
