'use server';
import { AuthError } from 'next-auth';
import { SignInThrottled, signIn, signOut } from '@/auth';

/** After a refused sign-in the form keeps the address typed, so only the password is retyped. */
export type SignInState = { failed: boolean; throttled?: boolean; email?: string };

/**
 * Only a path on this site: the proxy passes an absolute URL, of which the path is kept, so
 * a crafted callbackUrl cannot send a reviewer to another host after sign-in.
 */
function safeReturnPath(value: FormDataEntryValue | null): string {
  if (typeof value !== 'string' || !value) return '/review';
  try {
    const url = new URL(value, 'http://isnad.invalid');
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/review';
  }
}

export async function signInWithPassword(_state: SignInState, formData: FormData): Promise<SignInState> {
  try {
    await signIn('credentials', {
      email: formData.get('email'),
      password: formData.get('password'),
      redirectTo: safeReturnPath(formData.get('callbackUrl')),
    });
    return { failed: false };
  } catch (error) {
    // A successful sign-in "throws" Next's redirect; only a credentials failure is ours.
    if (error instanceof AuthError) {
      const email = formData.get('email');
      return { failed: true, throttled: error instanceof SignInThrottled, email: typeof email === 'string' ? email.slice(0, 320) : '' };
    }
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}
