import { and, desc, eq, inArray, like, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '@/db/client';
import { CATEGORIES, claims, figures, verdictPublications } from '@/db/schema';
import { idSchema, safeString } from '@/lib/claims/inputs';
import { parseInput } from '@/lib/errors';
import { VERDICTS } from '@/lib/claims/status';

const OUTER_FIGURE_ID = sql.raw('"figures"."id"');

export const listFiguresInput = z.object({
  q: safeString().trim().max(100).optional().transform((v) => v || undefined),
  category: z.enum(CATEGORIES).optional().or(z.literal('').transform(() => undefined)),
  after: idSchema('a figure id (the cursor)').optional(),
  limit: z.coerce.number().int().min(1).max(100).optional().default(25),
});

export interface FigureListItem {
  id: number;
  slug: string;
  titleAr: string | null;
  titleEn: string | null;
  category: string;
  counted: string;
  place: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  claims: number;
}

/**
 * The figure index: newest first, keyset by id, filtered by category and a title search.
 * `published` counts only claims with a verdict (the public index); otherwise all linked claims.
 */
export async function listFigures(db: Db, input: unknown, published = false): Promise<{ figures: FigureListItem[]; next: number | null }> {
  const { q, category, after, limit } = parseInput(listFiguresInput, input);
  const escaped = q?.replace(/[\\%_]/g, (c) => `\\${c}`);
  const rows = await db
    .select({
      id: figures.id,
      slug: figures.slug,
      titleAr: figures.titleAr,
      titleEn: figures.titleEn,
      category: figures.category,
      counted: figures.counted,
      place: figures.place,
      periodFrom: figures.periodFrom,
      periodTo: figures.periodTo,
      // The outer row is named in full: inside a subquery over claims a bare "id" is the claim's.
      claims: sql<number>`(select count(*) from ${claims} where ${claims.figureId} = ${OUTER_FIGURE_ID}${published ? sql` and ${inArray(claims.status, [...VERDICTS])}` : sql``})`.mapWith(Number),
    })
    .from(figures)
    .where(
      and(
        category ? eq(figures.category, category) : undefined,
        after ? lt(figures.id, after) : undefined,
        // The public index lists a figure once a verdict on one of its claims has been published.
        published
          ? sql`exists (select 1 from ${claims} join ${verdictPublications} on ${verdictPublications.claimId} = ${claims.id} where ${claims.figureId} = ${OUTER_FIGURE_ID} and ${verdictPublications.action} = 'publish')`
          : undefined,
        escaped ? or(like(figures.titleAr, `%${escaped}%`), like(figures.titleEn, `%${escaped}%`), like(figures.counted, `%${escaped}%`)) : undefined,
      ),
    )
    .orderBy(desc(figures.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  return { figures: page, next: rows.length > limit ? page[page.length - 1].id : null };
}
