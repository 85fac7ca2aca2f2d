import { eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { claims, figures } from '@/db/schema';

export interface PublicFigureLink {
  slug: string;
  titleAr: string | null;
  titleEn: string | null;
}

/** The public figure page each listed claim belongs to (for the links on an article's page). */
export async function publicFigureLinks(db: Db, claimIds: number[]): Promise<Map<number, PublicFigureLink>> {
  if (!claimIds.length) return new Map();
  const rows = await db
    .select({ claimId: claims.id, slug: figures.slug, titleAr: figures.titleAr, titleEn: figures.titleEn })
    .from(claims)
    .innerJoin(figures, eq(figures.id, claims.figureId))
    .where(inArray(claims.id, claimIds));
  return new Map(rows.map(({ claimId, ...link }) => [claimId, link]));
}
