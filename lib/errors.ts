import type { ZodError } from 'zod';

export const ERROR_STATUS = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/**
 * A refusal the caller can act on. Use cases throw it; the API turns it into
 * `{error: {code, message}}` with the matching status and the UI shows the message.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Per-field messages for forms, e.g. `{ note: 'A rationale is required' }`. */
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** Turns a zod failure into a message that names each field and says why. */
export function invalidInput(error: ZodError): DomainError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.join('.') : 'body';
    fields[key] ??= issue.message;
  }
  const message = Object.entries(fields)
    .map(([field, why]) => `${field}: ${why}`)
    .join('; ');
  return new DomainError('invalid_input', message, fields);
}

export function parseInput<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: ZodError } }, input: unknown): T {
  const result = schema.safeParse(input);
  if (!result.success) throw invalidInput(result.error);
  return result.data;
}

/** Too many requests: answered 429 with Retry-After (whole seconds) by the API wrapper. */
export class RateLimited extends DomainError {
  constructor(readonly retryAfterSeconds: number, message = `Too many requests: try again in ${retryAfterSeconds} s.`) {
    super('rate_limited', message);
  }
}
