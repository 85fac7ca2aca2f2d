'use server';
import { AuthError } from 'next-auth';
import { SignInThrottled, signIn, signOut } from '@/auth';

export type SignInState = { failed: boolean; throttled?: boolean };

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
    if (error instanceof AuthError) return { failed: true, throttled: error instanceof SignInThrottled };
    throw error;
  }
}

export async function signOutAction() {
  await signOut({ redirectTo: '/' });
}
