import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { CATEGORIES, figures, type Figure } from '@/db/schema';
import { latinSlug } from '@/lib/articles/slug';
import { assertCan, type Actor } from '@/lib/auth/permissions';
import { isCalendarDate, optionalText, safeString } from '@/lib/claims/inputs';
import { DomainError, parseInput } from '@/lib/errors';
import { figureProblems, makeFigure } from '@/lib/figures';
import { figureFields, recordFigureEvent } from './record-figure-event';

const day = safeString()
  .trim()
  .optional()
  .nullable()
  .transform((v) => v || null)
  .refine((v) => !v || isCalendarDate(v), 'must be a date as YYYY-MM-DD, a real calendar day');

export const createFigureInput = z.object({
  title_ar: optionalText(200),
  title_en: optionalText(200),
  category: z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(', ')}` }),
  counted: safeString({ error: 'is required' }).trim().min(1, 'is required').max(120, 'must be at most 120 characters'),
  place: optionalText(120),
  from: day,
  to: day,
});

const PROBLEM_TEXT = {
  'no-title': ['title_ar', 'give a title in Arabic or English'],
  'no-counted': ['counted', 'is required'],
  'period-reversed': ['to', 'must not be before from'],
} as const;

/** A slug with a letter in it: /figures/[ref] reads a number as a desk id. */
async function uniqueSlug(tx: Tx, wanted: string | null): Promise<string> {
  const base = wanted && /[a-z]/.test(wanted) ? wanted.slice(0, 60) : 'figure';
  for (let n = 1; ; n++) {
    const slug = n === 1 && base !== 'figure' ? base : `${base}-${n}`;
    if (!(await tx.select({ id: figures.id }).from(figures).where(eq(figures.slug, slug))).length) return slug;
  }
}

/** A checker names a new figure; claims are linked to it afterwards (link-claim-figure). */
export async function createFigure(db: Db, actor: Actor | null, input: unknown): Promise<Figure> {
  assertCan(actor, 'claims:review');
  const data = parseInput(createFigureInput, input);
  const fields = { titleAr: data.title_ar, titleEn: data.title_en, category: data.category, counted: data.counted, place: data.place, from: data.from, to: data.to };
  const problems = figureProblems(fields);
  if (problems.length) {
    const named = Object.fromEntries(problems.map((p) => PROBLEM_TEXT[p]));
    throw new DomainError('invalid_input', Object.entries(named).map(([k, v]) => `${k}: ${v}`).join('; '), named);
  }
  const { figure, retrievalKey } = makeFigure('new', fields);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(figures)
      .values({
        slug: await uniqueSlug(tx, latinSlug(figure.titleEn ?? '') ?? latinSlug(figure.counted)),
        titleAr: figure.titleAr,
        titleEn: figure.titleEn,
        category: figure.category,
        counted: figure.counted,
        countedKind: figure.countedKind,
        place: figure.place,
        periodFrom: figure.from,
        periodTo: figure.to,
        retrievalKey,
        createdBy: actor.id,
      })
      .returning();
    await recordFigureEvent(tx, { kind: 'figure_created', figureId: row.id, actorId: actor.id, payload: figureFields(row), at: row.createdAt });
    return row;
  });
}
