import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { users, type User } from '@/db/schema';
import type { Db } from '@/db/client';
import { verifyPassword } from './password';
import { createSignInThrottle, type SignInThrottle } from './sign-in-throttle';

const credentials = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(200),
});

// Verifying against a throwaway hash when the email is unknown keeps the response time the
// same, so sign-in timing does not reveal which addresses have accounts.
const DECOY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

/** The active user with these (already parsed) credentials, or null. */
async function activeUserWith(db: Db, { email, password }: z.infer<typeof credentials>): Promise<User | null> {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(password, user?.passwordHash ?? DECOY_HASH);
  return ok && user && !user.disabledAt ? user : null;
}

export type Authentication = { user: User } | { user: null; retryAfterMs: number };

/**
 * A sign-in attempt from `address`: the user, or null with how long this address must wait
 * for this account after too many wrong passwords in a row (then the password is not even
 * checked).
 */
export async function authenticate(db: Db, input: unknown, address: string, throttle: SignInThrottle = createSignInThrottle(db)): Promise<Authentication> {
  const parsed = credentials.safeParse(input);
  if (!parsed.success) return { user: null, retryAfterMs: 0 };
  const { email } = parsed.data;
  const retryAfterMs = await throttle.retryAfter(address, email);
  if (retryAfterMs > 0) return { user: null, retryAfterMs };
  const user = await activeUserWith(db, parsed.data);
  if (user) await throttle.succeeded(address, email);
  else await throttle.failed(address, email);
  return user ? { user } : { user: null, retryAfterMs: 0 };
}
