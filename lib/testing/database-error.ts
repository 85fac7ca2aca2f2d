import { expect } from 'vitest';

/**
 * Expects `promise` to fail with a database error whose own message, or that of an error it
 * wraps, matches `pattern`: drizzle wraps a driver's error ("Failed query: …") and keeps
 * the database's words (a trigger's message) in `cause`, differently per driver.
 */
export async function expectDatabaseError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected a database error matching ${pattern}`).not.toBeNull();
  const messages: string[] = [];
  for (let e = error as { message?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    messages.push(String(e.message));
  }
  expect(messages.join('\n')).toMatch(pattern);
}
