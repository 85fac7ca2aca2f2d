import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { getDb } from '@/db';
import { FigureView } from '@/components/figures/figure-view';
import { requireUser } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { getFigureForDesk } from '@/lib/figures-desk/get-figure';
import { localizedPath } from '@/lib/public/locale-paths';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ ref: string }> };

/** A number is the desk's figure id (checkers, every claim); a slug is the public page (published claims), under its language. */
const isDeskRef = (ref: string) => /^[1-9][0-9]{0,14}$/.test(ref);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getI18n()).t('figures.title') };
}

export default async function FigurePage({ params }: Props) {
  const [{ ref }, i18n] = await Promise.all([params, getI18n()]);
  if (isDeskRef(ref)) {
    const actor = await requireUser(`/figures/${ref}`);
    try {
      return <FigureView data={await getFigureForDesk(getDb(), actor, Number(ref))} i18n={i18n} desk />;
    } catch (error) {
      if (error instanceof DomainError && error.code === 'not_found') notFound();
      throw error;
    }
  }
  // The public page is cached under its language (app/[lang]/figures/[slug]); proxy.ts sends
  // a bare link there before this page is reached.
  redirect(localizedPath(i18n.locale, `/figures/${ref}`));
}
