import type { ErrorCode } from '@/lib/errors';

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode | 'unknown'; message: string; fields?: Record<string, string> };
