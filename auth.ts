import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { authenticate } from '@/lib/auth/authenticate';
import { createSession, revokeSession, sessionIsLive } from '@/lib/auth/sessions';
import { clientAddress } from '@/lib/http/client-address';
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
      async authorize(credentials, request) {
        const db = getDb();
        const result = await authenticate(db, credentials, clientAddress(request.headers));
        if (!result.user) {
          if (result.retryAfterMs > 0) throw new SignInThrottled();
          return null;
        }
        const { user } = result;
        // The cookie will carry this server-side session's id: revoking the row signs it out.
        const sid = await createSession(db, user.id, request.headers.get('user-agent'));
        return { id: String(user.id), name: user.name, email: user.email, role: user.role, sid };
      },
    }),
  ],
  callbacks: {
    ...authConfig.callbacks,
    /**
     * A cookie whose server-side session has ended (signed out everywhere, password changed,
     * account disabled) is cleared on its next use, so /api/auth/session says signed out too.
     */
    async jwt(params) {
      const token = authConfig.callbacks.jwt(params);
      if (params.user) return token;
      // A cookie from before server-side sessions names none: it is not honoured either.
      if (typeof token.sid !== 'string') return token.uid ? null : token;
      return (await sessionIsLive(getDb(), token.sid)) ? token : null;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await revokeSession(getDb(), sid);
    },
  },
});
