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
});
