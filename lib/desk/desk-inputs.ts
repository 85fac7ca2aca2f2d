/**
 * The inputs of the new desk actions (API v1 and the forms alike), parsed with zod next to
 * the rules they carry. Use with parseInput() from lib/errors, which turns a failure into
 * a 400 naming each field.
 */
import { z } from 'zod';
import { claimIdSchema, optionalText, versionSchema } from '@/lib/claims/inputs';
import { CLAIM_STATUSES_V2 } from '@/lib/verdicts/scale';

export const MAX_BULK = 200;

const assigneeSchema = z
  .number({
    error: (issue) =>
      issue.input === undefined ? 'is required: a user id, or null to unassign' : 'must be a user id (a whole number) or null to unassign',
  })
  .int('must be a whole number')
  .positive('must be positive')
  .nullable();

/** POST /api/v1/claims/{id}/assign `{assignee: userId|null, version}`. */
export const assignInput = z.object({
  claimId: claimIdSchema,
  assignee: assigneeSchema,
  version: versionSchema,
});

/** POST /api/v1/claims/{id}/review `{status, note, explanation?, version}`. */
export const reviewInputV2 = z.object({
  claimId: claimIdSchema,
  status: z.enum(CLAIM_STATUSES_V2, { error: `must be one of: ${CLAIM_STATUSES_V2.join(', ')}` }),
  note: optionalText(5000),
  /** The public explanation; absent leaves it as it is, null or blank clears it. */
  explanation: optionalText(5000).optional(),
  version: versionSchema,
});

/** PATCH /api/v1/claims/{id} `{explanation, version}`. */
export const explanationInput = z.object({
  claimId: claimIdSchema,
  explanation: optionalText(5000),
  version: versionSchema,
});

const ids = z
  .array(claimIdSchema, { error: 'must be a list of claim ids' })
  .min(1, 'must name at least one claim')
  .max(MAX_BULK, `must name at most ${MAX_BULK} claims at once`)
  .transform((list) => [...new Set(list)]);

/**
 * POST /api/v1/claims/bulk `{action: assign|dismiss|in_review, ids, assignee?, note?}`.
 * A dismissal needs its one reason, as a single dismissal does; an assignment names the
 * assignee or null. Each claim is changed in its own transaction and history row, and the
 * answer lists which ids changed and which were refused and why.
 */
export const bulkInput = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('assign'), ids, assignee: assigneeSchema }),
    z.object({
      action: z.literal('dismiss'),
      ids,
      note: z
        .string({ error: 'is required: say why these claims are dismissed' })
        .trim()
        .min(1, 'is required: say why these claims are dismissed')
        .max(5000, 'must be at most 5000 characters'),
    }),
    z.object({ action: z.literal('in_review'), ids, note: optionalText(5000) }),
  ],
  { error: 'action: must be one of: assign, dismiss, in_review' },
);
export type BulkInput = z.output<typeof bulkInput>;

/** What a bulk action answers: every id is either done or refused with its reason. */
export interface BulkResult {
  done: number[];
  refused: Array<{ id: number; code: string; message: string }>;
}
