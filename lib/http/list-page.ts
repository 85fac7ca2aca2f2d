import { DomainError } from '@/lib/errors';

/**
 * Runs the query of a list page whose filters come from the URL. A filter the use case refuses
 * (invalid_input) becomes a message the page shows beside its form; every other error still
 * throws, so a failure is never shown as an empty list.
 */
export async function listOrRefusal<T>(run: () => Promise<T>): Promise<{ result: T | null; refusal: string | null }> {
  try {
    return { result: await run(), refusal: null };
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'invalid_input') throw error;
    return { result: null, refusal: error.message };
  }
}

/** The query strings of a keyset-paged list: the next (older) page, and back to the newest. */
export function cursorLinks(params: URLSearchParams, next: string | number | null | undefined) {
  const older = new URLSearchParams(params);
  if (next != null) older.set('cursor', String(next));
  const newest = new URLSearchParams(params);
  newest.delete('cursor');
  return { older, newest };
}
