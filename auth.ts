import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { getDb } from '@/db';
import { authenticate } from '@/lib/auth/authenticate';
import { createSession, revokeSession } from '@/lib/auth/sessions';
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
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid === 'string') await revokeSession(getDb(), sid);
    },
  },
});
