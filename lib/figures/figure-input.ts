/**
 * A figure as a checker creates it (POST /api/v1/figures): the counted kind is derived here,
 * once, so storage, suggestions and the retrieval key all agree on it.
 */
import type { Category } from '../extract';
import { countedKey } from './counted-key';
import { daysBetween } from './days';
import { figureRetrievalKey } from './retrieval';
import type { Day, Figure } from './types';

export interface FigureInput {
  titleAr?: string | null;
  titleEn?: string | null;
  category: Category;
  counted: string;
  place?: string | null;
  from?: Day | null;
  to?: Day | null;
}

export type FigureProblem = 'no-title' | 'no-counted' | 'period-reversed';

/** What is wrong with the input, if anything (the API maps these to its error shape). */
export function figureProblems(input: FigureInput): FigureProblem[] {
  const out: FigureProblem[] = [];
  if (!input.titleAr?.trim() && !input.titleEn?.trim()) out.push('no-title');
  if (!input.counted.trim()) out.push('no-counted');
  if (input.from && input.to && daysBetween(input.from, input.to) < 0) out.push('period-reversed');
  return out;
}

/** The figure to store, with its derived counted kind and the retrieval key to index. */
export function makeFigure(id: string, input: FigureInput): { figure: Figure; retrievalKey: string } {
  const figure: Figure = {
    id,
    titleAr: input.titleAr?.trim() || null,
    titleEn: input.titleEn?.trim() || null,
    category: input.category,
    counted: input.counted.trim(),
    countedKind: countedKey(input.counted),
    place: input.place?.trim() || null,
    from: input.from ?? null,
    to: input.to ?? null,
  };
  return { figure, retrievalKey: figureRetrievalKey(figure) };
}
