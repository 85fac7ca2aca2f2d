import { eq } from 'drizzle-orm';
import { databaseTarget, openDatabase } from '@/db/client';
import { seedArticle, seedDemoAccounts } from '@/db/seed/seed-demo';
import { claims, users } from '@/db/schema';
import { addEvidence } from '@/lib/claims/add-evidence';
import { commentOnClaim } from '@/lib/claims/comment-on-claim';
import { publishVerdict } from '@/lib/claims/publish-verdict';
import { reviewClaim } from '@/lib/claims/review-claim';
import { unpublishVerdict } from '@/lib/claims/unpublish-verdict';
import { setUserDisabled } from '@/lib/users/set-user-disabled';

/**
 * Fills the configured database with a desk that has a bit of everything (an imported
 * article, reviews, evidence, publications, a withdrawal, a correction, account events):
 * the source of db/copy.test.ts, run in a process of its own so it uses the SQLite schema.
 */
async function main() {
  const db = await openDatabase(databaseTarget());
  await seedArticle(db);
  await seedDemoAccounts(db, 'a long enough password');
  const [editor] = await db.select().from(users).where(eq(users.role, 'editor'));
  const [admin] = await db.select().from(users).where(eq(users.role, 'admin'));
  const [checker] = await db.select().from(users).where(eq(users.role, 'checker'));
  const actor = { id: editor.id, role: editor.role, name: editor.name, email: editor.email };
  // Publication needs a second pair of eyes: the checker judges, the editor publishes.
  const reviewer = { id: checker.id, role: checker.role, name: checker.name, email: checker.email };
  const list = await db.select().from(claims).orderBy(claims.id);
  for (const [i, claim] of list.slice(0, 6).entries()) {
    await addEvidence(db, reviewer, { claimId: claim.id, url: `https://example.org/report-${i}`, title: `تقرير ${i}`, stance: i % 2 ? 'contradicts' : 'supports', note: null });
    await reviewClaim(db, reviewer, { claimId: claim.id, status: i % 3 === 0 ? 'disputed' : 'verified', note: `ملاحظة ${i} — "quoted"`, explanation: `شرح للقراء ${i}`, version: claim.version });
    await publishVerdict(db, actor, { claimId: claim.id, note: i ? null : 'أول نشر' });
    await commentOnClaim(db, actor, { claimId: claim.id, note: `تعليق ${i}` });
  }
  await unpublishVerdict(db, actor, { claimId: list[1].id, note: 'withdrawn pending a second source' });
  await setUserDisabled(db, { id: admin.id, role: admin.role, name: admin.name, email: admin.email }, { userId: checker.id, disabled: true });
  await db.close();
}

void main();
