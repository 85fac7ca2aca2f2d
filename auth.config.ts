import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/lib/vocabulary';

/** Pages that need a signed-in user; the pages themselves check the role again. */
const PRIVATE_PREFIXES = ['/review', '/overview', '/admin', '/settings', '/import'];

/**
 * The part of the auth configuration the proxy can load: no database, no native modules.
 * The credentials provider (which checks passwords in SQLite) is added in auth.ts.
 */
export const authConfig = {
  pages: { signIn: '/signin' },
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  providers: [],
  callbacks: {
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      const isPrivate = PRIVATE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));
      return !isPrivate || !!auth?.user;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: Role }).role;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid) session.user.id = String(token.uid);
      return session;
    },
  },
} satisfies NextAuthConfig;
