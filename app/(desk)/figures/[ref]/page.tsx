import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getDb, getReadDb } from '@/db';
import { FigureView } from '@/components/figures/figure-view';
import { requireUser } from '@/lib/auth/session';
import { DomainError } from '@/lib/errors';
import { getFigureForDesk, getPublicFigure } from '@/lib/figures-desk/get-figure';
import { getI18n } from '@/lib/i18n/server';

type Props = { params: Promise<{ ref: string }> };

/** A number is the desk's figure id (checkers, every claim); a slug is the public page (published claims). */
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
  const data = await getPublicFigure(getReadDb(), ref);
  if (!data) notFound();
  return <FigureView data={data} i18n={i18n} desk={false} />;
}
