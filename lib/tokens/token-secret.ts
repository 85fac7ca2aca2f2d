import { createHash, randomBytes } from 'node:crypto';

/** Every token starts so, which lets secret scanners and readers recognise one. */
export const TOKEN_PREFIX = 'isnad_';

/** A new secret: 256 random bits, so a plain SHA-256 of it is safe to store (no guessing). */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashTokenSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
