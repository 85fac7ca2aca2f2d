import { DomainError } from '@/lib/errors';

/**
 * The body as text, read from the stream and abandoned as soon as it passes `limit` bytes:
 * a 50 MB upload costs the server at most `limit` bytes of memory and a 413, never a parse.
 */
export async function readBodyText(request: Request, limit: number): Promise<string> {
  const tooLarge = () =>
    new DomainError('payload_too_large', `body: larger than the limit of ${limit.toLocaleString('en')} bytes`);
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(all);
  } catch {
    throw new DomainError('invalid_input', 'body: is not UTF-8 text');
  }
}
