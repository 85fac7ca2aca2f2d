import { z } from 'zod';
import type { Claim, ClaimFields } from '@/db/schema';
import { CATEGORIES, QUALIFIERS } from '@/lib/extract/types';
import { COUNTED_KINDS, type CountedKind } from '@/lib/extract/counted-kinds';
import { CLAIMANT_KINDS } from '@/lib/vocabulary';

const COUNTED_KIND_IDS = COUNTED_KINDS.map((k) => k.id) as [CountedKind, ...CountedKind[]];
import { DomainError } from '@/lib/errors';
import { optionalText, safeString } from './inputs';

/** The reviewer-editable fields of a claim, as a form or the API sends them. */
export const claimFieldsSchema = z.object({
  start: z.number({ error: 'must be a character offset' }).int('must be a whole number').min(0, 'must be 0 or more'),
  end: z.number({ error: 'must be a character offset' }).int('must be a whole number').min(1, 'must be 1 or more'),
  value: z
    .number({ error: 'must be a number, or null for an unquantified amount' })
    .finite()
    .min(0, 'must not be negative')
    .nullable(),
  qualifier: z.enum(QUALIFIERS, { error: `must be one of: ${QUALIFIERS.join(', ')}` }).nullable(),
  counted: safeString({ error: 'is required' }).trim().min(1, 'must say what is counted').max(200),
  category: z.enum(CATEGORIES, { error: `must be one of: ${CATEGORIES.join(', ')}` }),
  claimant: optionalText(300),
  /** From the closed vocabulary; `counted` keeps the article's own words (free text). */
  countedKind: z.enum(COUNTED_KIND_IDS, { error: `must be one of: ${COUNTED_KIND_IDS.join(', ')}` }).optional(),
  claimantKind: z.enum(CLAIMANT_KINDS, { error: `must be one of: ${CLAIMANT_KINDS.join(', ')}` }).nullable().optional(),
});

/** Checks a span against the stored text and returns the exact words it covers. */
export function quoteAt(body: string, start: number, end: number): string {
  if (end <= start) throw new DomainError('invalid_input', 'end: must be after start', { end: 'must be after start' });
  if (end > body.length) {
    throw new DomainError('invalid_input', `end: must be at most ${body.length}, the length of the article text`, {
      end: `must be at most ${body.length}`,
    });
  }
  const quote = body.slice(start, end);
  if (!quote.trim()) throw new DomainError('invalid_input', 'start: the selected text is blank', { start: 'the selected text is blank' });
  return quote;
}

/** The claim's own fields out of a stored row, for a history payload or a publication. */
export function claimFieldsOf(claim: Claim): ClaimFields {
  const { quote, start, end, value, qualifier, counted, category, claimant } = claim;
  return { quote, start, end, value, qualifier, counted, category, claimant };
}
