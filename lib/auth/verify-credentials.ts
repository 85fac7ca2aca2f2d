import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users, type User } from '@/db/schema';
import type { Db } from '@/db/client';
import { verifyPassword } from './password';

const credentials = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(200),
});

// Verifying against a throwaway hash when the email is unknown keeps the response time the
// same, so sign-in timing does not reveal which addresses have accounts.
const DECOY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** The active user with these credentials, or null. */
export function verifyCredentials(db: Db, input: unknown): User | null {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return null;
  const user = db.select().from(users).where(eq(users.email, parsed.data.email)).get();
  const ok = verifyPassword(parsed.data.password, user?.passwordHash ?? DECOY_HASH);
  return ok && user && !user.disabledAt ? user : null;
}
