import NextAuth from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { verifyCredentials } from '@/lib/auth/verify-credentials';
import { authConfig } from './auth.config';

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize(credentials) {
        const user = verifyCredentials(getDb(), credentials);
        return user ? { id: String(user.id), name: user.name, email: user.email, role: user.role } : null;
      },
    }),
  ],
  logger: {
    // A wrong password is an expected event, not a server fault: one line, not a stack trace.
    error(error) {
      if (error.name === 'CredentialsSignin') console.warn('[auth] sign-in refused: wrong e-mail or password, or a disabled account');
      else console.error(error);
    },
  },
});
