import { describe, expect, it } from 'vitest';
import { claims, reviewEvents, users, verdictPublications } from '@/db/schema';
import type { Db } from '@/db/client';
import { addClaim } from '@/lib/claims/add-claim';
import { addEvidence } from '@/lib/claims/add-evidence';
import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { editClaim } from '@/lib/claims/edit-claim';
import { getClaimHistory } from '@/lib/claims/get-claim';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { getReviewProgress } from '@/lib/articles/get-review-progress';
import { createTestArticle, createTestDb, createTestUser } from '@/lib/testing/test-db';
import { listUsers } from '@/lib/users/list-users';
import { saveUser } from '@/lib/users/save-user';
import type { Role } from '@/lib/vocabulary';
import type { Actor } from './permissions';

type Who = Role | 'anonymous';

/** Each operation, set up on a fresh database so one refusal cannot hide behind another. */
const OPERATIONS: Array<{ name: string; minimum: Role; run: (db: Db, actor: Actor | null, ids: Ids) => unknown }> = [
  { name: 'read a claim history', minimum: 'checker', run: (db, a, { claimId }) => getClaimHistory(db, a, claimId) },
  {
    name: 'review a claim',
    minimum: 'checker',
    run: (db, a, { claimId }) => reviewClaim(db, a, { claimId, status: 'disputed', note: 'Toll revised down', version: 2 }),
  },
  {
    name: 'add evidence',
    minimum: 'checker',
    run: (db, a, { claimId }) => addEvidence(db, a, { claimId, url: 'https://example.org/report', stance: 'contradicts' }),
  },
  { name: 'comment', minimum: 'checker', run: (db, a, { claimId }) => commentOnClaim(db, a, { claimId, note: 'Call the ministry' }) },
  { name: 'edit a claim', minimum: 'checker', run: (db, a, { claimId }) => editClaim(db, a, { claimId, version: 2, value: 13 }) },
  {
    name: 'add a claim',
    minimum: 'checker',
    run: (db, a, { articleId }) =>
      addClaim(db, a, { articleId, start: 0, end: 4, value: 1, qualifier: null, counted: 'x', category: 'other', claimant: null }),
  },
  { name: 'publish a verdict', minimum: 'editor', run: (db, a, { claimId }) => publishVerdict(db, a, { claimId }) },
  { name: 'unpublish a verdict', minimum: 'editor', run: (db, a, { publishedId }) => unpublishVerdict(db, a, { claimId: publishedId, note: 'Re-checking' }) },
  { name: 'read the overview', minimum: 'editor', run: (db, a) => getReviewProgress(db, a, 'overview:read') },
  { name: 'list users', minimum: 'admin', run: (db, a) => listUsers(db, a) },
  {
    name: 'create a user',
    minimum: 'admin',
    run: (db, a) => saveUser(db, a, { email: 'new@example.test', role: 'editor', password: 'long enough password' }),
  },
];

interface Ids {
  articleId: number;
  claimId: number;
  publishedId: number;
}

async function setUp() {
  const db = await createTestDb();
  const editor = await createTestUser(db, 'editor');
  const reviewer = await createTestUser(db, 'checker');
  const { articleId, claims: rows } = await createTestArticle(db);
  const [claim, published] = rows;
  // Both claims start judged by a checker (version 2), ready to publish by the rules (an
  // explanation; unverifiable needs no evidence); the second is also public.
  await reviewClaim(db, reviewer, { claimId: claim.id, status: 'unverifiable', note: 'No access', explanation: 'No one can reach the area.', version: 1 });
  await reviewClaim(db, reviewer, { claimId: published.id, status: 'unverifiable', note: 'No access', explanation: 'No one can reach the area.', version: 1 });
  await publishVerdict(db, editor, { claimId: published.id });
  return { db, ids: { articleId, claimId: claim.id, publishedId: published.id } };
}

const snapshot = async (db: Db) => ({
  claims: (await db.select().from(claims)),
  events: (await db.select().from(reviewEvents)).length,
  publications: (await db.select().from(verdictPublications)).length,
  users: (await db.select().from(users)).length,
});

const RANK: Record<Who, number> = { anonymous: 0, checker: 1, editor: 2, admin: 3 };

describe.each(['anonymous', 'checker', 'editor', 'admin'] as const)('as %s', (who) => {
  for (const op of OPERATIONS) {
    const allowed = RANK[who] >= RANK[op.minimum];
    it(`${allowed ? 'may' : 'may not'} ${op.name}`, async () => {
      const { db, ids } = await setUp();
      const actor = who === 'anonymous' ? null : await createTestUser(db, who);
      const before = await snapshot(db);
      if (allowed) {
        await op.run(db, actor, ids);
      } else {
        await expect(op.run(db, actor, ids)).rejects.toThrow(
          expect.objectContaining({ code: who === 'anonymous' ? 'unauthorized' : 'forbidden' }),
        );
        expect(await snapshot(db)).toEqual(before);
      }
    });
  }
});
