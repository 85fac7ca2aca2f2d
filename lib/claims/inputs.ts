import { z } from 'zod';

/**
 * Characters no stored text may carry. C0 controls (but tab, newline and carriage return),
 * DEL and C1 controls are never typed by a person and break JSON-LD consumers and logs.
 * The bidi embeddings and overrides (U+202A-U+202E) and isolates (U+2066-U+2069) can make a
 * figure or a name read differently from what is stored ("Trojan Source"); the pages isolate
 * Arabic and Latin runs themselves with <bdi> and dir, so no text needs its own. The marks
 * LRM, RLM and ALM (U+200E, U+200F, U+061C) stay allowed: Arabic copy uses them and they
 * cannot reorder a run beyond themselves.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const NAMES: Record<string, string> = {
  '\u0000': 'NUL',
  '\u202A': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202B': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202C': 'POP DIRECTIONAL FORMATTING',
  '\u202D': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202E': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
};

/** Why this text may not be stored, or null when it may. */
export function unsafeTextReason(text: string): string | null {
  if (!text.isWellFormed()) return 'is not valid Unicode (it contains a lone surrogate)';
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const char = match[0];
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const kind = NAMES[char] ? `${code} ${NAMES[char]}` : `${code}`;
  const what = /[\u202A-\u202E\u2066-\u2069]/.test(char) ? 'the bidirectional control' : 'the control character';
  return `must not contain ${what} ${kind} (at character ${match.index + 1}); remove it and send again`;
}

/** A string that may be stored: the one check every text field of the desk goes through. */
export const safeString = (params?: Parameters<typeof z.string>[0]) =>
  z.string(params ?? { error: 'must be text' }).superRefine((value, ctx) => {
    const reason = unsafeTextReason(value);
    if (reason) ctx.addIssue({ code: 'custom', message: reason });
  });

/**
 * A database id: a JSON number or a string of digits, nothing else. `0x1`, `1e0`, ` 1 `, `01`
 * and `1.0` are refused rather than coerced, so one resource has one address.
 */
export const idSchema = (what: string) => {
  const message = `must be ${what} (a positive whole number written in digits, like 42)`;
  return z.union(
    [
      z.number({ error: message }).int(message).positive(message).max(Number.MAX_SAFE_INTEGER, message),
      z.string({ error: message }).regex(/^[1-9][0-9]{0,14}$/, message).transform(Number),
    ],
    { error: message },
  );
};

export const claimIdSchema = idSchema('a claim id');

/** A real calendar day as YYYY-MM-DD: `2023-02-31` and `2023-13-01` are refused. */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const versionSchema = z
  .number({ error: 'must be the version number you last read (a whole number)' })
  .int('must be a whole number')
  .positive('must be positive');

/** Free text from a reviewer: trimmed; blank counts as absent. */
export const optionalText = (max: number) =>
  safeString()
    .trim()
    .max(max, `must be at most ${max} characters`)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const httpUrl = safeString({ error: 'is required' })
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
