import type { NextAuthConfig } from 'next-auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { config } from '@/lib/config';
import type { Role } from '@/lib/vocabulary';

/** Pages that need a signed-in user; the pages themselves check the role again. */
const PRIVATE_PREFIXES = ['/review', '/claims', '/overview', '/admin', '/settings', '/import', '/activity'];

/** next-auth errors caused by what the client sent, not by the server. */
const CLIENT_ERRORS = new Set(['MissingCSRF', 'UnknownAction', 'InvalidCallbackUrl', 'InvalidCheck', 'Verification', 'InvalidProvider', 'UntrustedHost']);

export const isPrivatePath = (path: string) => PRIVATE_PREFIXES.some((p) => path === p || path.startsWith(`${p}/`));

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
      return !isPrivatePath(request.nextUrl.pathname) || !!auth?.user;
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = (user as { role?: Role }).role;
        token.sid = (user as { sid?: string }).sid;
      }
      return token;
    },
    /** After sign-in or sign-out: a path on this site only, whatever callbackUrl said. */
    redirect({ url, baseUrl }) {
      return new URL(safeCallbackPath(url, [baseUrl, config.publicUrl]), baseUrl).href;
    },
    session({ session, token }) {
      if (token.uid) session.user.id = String(token.uid);
      // The server-side session's id: useless without the signed cookie, so it may be seen.
      if (typeof token.sid === 'string') (session as { sessionId?: string }).sessionId = token.sid;
      return session;
    },
  },
  logger: {
    // What a client sends wrong (a forged or stale session cookie, a wrong password, a
    // missing CSRF token) is an expected event: one line, no stack trace, and the request
    // goes on as anonymous. Only a fault of the server itself is logged in full.
    error(error) {
      const { type, code } = error as Error & { type?: string; code?: string };
      if (type === 'JWTSessionError') console.warn('[auth] session cookie ignored: not one this server signed (forged, garbled or from another secret)');
      else if (type === 'CredentialsSignin' && code === 'throttled') console.warn('[auth] sign-in refused: too many wrong passwords for this account from this address');
      else if (type === 'CredentialsSignin') console.warn('[auth] sign-in refused: wrong e-mail or password, or a disabled account');
      else if (type && CLIENT_ERRORS.has(type)) console.warn(`[auth] request refused (${type}): ${error.message.split('\n')[0].slice(0, 200)}`);
      else console.error(error);
    },
  },
} satisfies NextAuthConfig;
