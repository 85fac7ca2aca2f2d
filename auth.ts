import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { authenticate } from '@/lib/auth/authenticate';
import { authConfig } from './auth.config';

/** Too many wrong passwords for this address lately: the sign-in form says to wait. */
export class SignInThrottled extends CredentialsSignin {
  code = 'throttled';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials) {
        const result = await authenticate(getDb(), credentials);
        if (!result.user) {
          if (result.retryAfterMs > 0) throw new SignInThrottled();
          return null;
        }
        const { user } = result;
        return { id: String(user.id), name: user.name, email: user.email, role: user.role };
      },
    }),
  ],
  logger: {
    // A wrong password is an expected event, not a server fault: one line, not a stack trace.
    error(error) {
      if (error instanceof SignInThrottled) console.warn('[auth] sign-in refused: too many wrong passwords for this address');
      else if (error instanceof CredentialsSignin) console.warn('[auth] sign-in refused: wrong e-mail or password, or a disabled account');
      else console.error(error);
    },
  },
});
