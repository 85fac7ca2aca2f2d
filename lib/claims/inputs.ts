import { z } from 'zod';

export const claimIdSchema = z.coerce
  .number({ error: 'must be a claim id (a positive whole number)' })
  .int('must be a whole number')
  .positive('must be positive');

export const versionSchema = z
  .number({ error: 'must be the version number you last read (a whole number)' })
  .int('must be a whole number')
  .positive('must be positive');

/** Free text from a reviewer: trimmed; blank counts as absent. */
export const optionalText = (max: number) =>
  z
    .string({ error: 'must be text' })
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const httpUrl = z
  .string({ error: 'is required' })
  .trim()
  .min(1, 'is required')
  .max(2000, 'must be at most 2000 characters')
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && !!url.hostname;
    } catch {
      return false;
    }
  }, 'must be a full http:// or https:// address');
