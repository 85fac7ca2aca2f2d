'use server';
import { AuthError } from 'next-auth';
import { headers } from 'next/headers';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { config } from '@/lib/config';
import { requestOrigin } from '@/lib/http/request-origin';
import { SignInThrottled, signIn, signOut } from '@/auth';

/** After a refused sign-in the form keeps the address typed, so only the password is retyped. */
export type SignInState = { failed: boolean; throttled?: boolean; email?: string };

/**
 * Only a path on this site (an absolute URL on this origin keeps its path): `javascript:`,
 * `//evil` or another host become `/`, so a crafted link cannot send a reviewer elsewhere.
 */
async function safeReturnPath(value: FormDataEntryValue | null): Promise<string> {
  if (value === null || value === '') return '/review';
  return safeCallbackPath(value, [requestOrigin(await headers(), config), config.publicUrl]);
}

export async function signInWithPassword(_state: SignInState, formData: FormData): Promise<SignInState> {
  try {
    await signIn('credentials', {
      email: formData.get('email'),
      password: formData.get('password'),
      redirectTo: await safeReturnPath(formData.get('callbackUrl')),
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
