import { createHash, randomUUID } from 'node:crypto';
import { openDatabase, type Db } from '@/db/client';
import { articles, claims, users, type Claim, type Role } from '@/db/schema';
import type { Actor } from '@/lib/auth/permissions';

/** A fresh, fully migrated in-memory database. */
export function createTestDb(): Db {
  return openDatabase(':memory:');
}

export function createTestUser(db: Db, role: Role): Actor {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.test`;
  const user = db
    .insert(users)
    // Unit tests of the review rules do not sign in, so no real hash is needed here.
    .values({ email, name: `Test ${role}`, role, passwordHash: 'not-a-login' })
    .returning()
    .get();
  return { id: user.id, role: user.role, name: user.name, email: user.email };
}

const BODY = 'قالت وزارة الصحة إن 12 شخصاً قتلوا وأصيب 30 آخرون، وأعلنت الأمم المتحدة إجلاء 500 عائلة.';

/** An article with two claims pinned to spans of its body. */
export function createTestArticle(db: Db): { articleId: number; claims: Claim[] } {
  const body = `${BODY} ${randomUUID()}`;
  const article = db
    .insert(articles)
    .values({
      slug: `test-${randomUUID().slice(0, 8)}`,
      title: 'مقال اختبار',
      body,
      bodyHash: createHash('sha256').update(body).digest('hex'),
    })
    .returning()
    .get();
  const span = (needle: string) => {
    const start = body.indexOf(needle);
    return { quote: needle, start, end: start + needle.length, mentions: [{ start, end: start + needle.length }] };
  };
  const rows = db
    .insert(claims)
    .values([
      {
        articleId: article.id,
        ...span('12 شخصاً'),
        value: 12,
        counted: 'killed',
        category: 'casualties',
        claimant: 'وزارة الصحة',
        origin: 'extractor',
      },
      {
        articleId: article.id,
        ...span('500 عائلة'),
        value: 500,
        counted: 'families evacuated',
        category: 'displacement',
        claimant: 'الأمم المتحدة',
        origin: 'extractor',
      },
    ])
    .returning()
    .all();
  return { articleId: article.id, claims: rows };
}
