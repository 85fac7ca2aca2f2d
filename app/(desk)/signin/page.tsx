import type { Metadata } from 'next';
import { SignInForm } from '@/components/auth/sign-in-form';
import { redirect } from 'next/navigation';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { getActor } from '@/lib/auth/session';
import { getI18n } from '@/lib/i18n/server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('nav.signIn') };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const [{ callbackUrl }, { t, rich }] = await Promise.all([searchParams, getI18n()]);
  const safe = callbackUrl === undefined ? '/review' : safeCallbackPath(callbackUrl);
  const target = safe === '/' || safe.startsWith('/signin') ? '/review' : safe;
  // Someone already signed in is sent on to where they were going, not shown the form again.
  if (await getActor()) redirect(target);
  const demoPassword = process.env.ISNAD_DEMO_PASSWORD;
  return (
    <div className="mx-auto max-w-sm">
      <h1 className="mb-4 text-2xl font-semibold">{t('signIn.title')}</h1>
      <SignInForm callbackUrl={safe} />
      {demoPassword && (
        <aside className="mt-6 rounded border border-stone-200 bg-white p-3 text-sm text-stone-600">
          <p>{rich('signIn.demo', { password: <code>{demoPassword}</code> })}</p>
          <ul className="mt-1 list-inside list-disc" dir="ltr">
            {['checker', 'editor', 'admin'].map((role) => (
              <li key={role}>
                <code>{role}@isnad.test</code>
              </li>
            ))}
          </ul>
        </aside>
      )}
    </div>
  );
}
