import { describe, expect, it } from 'vitest';
import { readBodyText } from './body';

/** A request whose body arrives in `chunks` pieces, counting how many were pulled. */
function streamed(chunk: string, chunks: number, headers: Record<string, string> = {}) {
  let pulled = 0;
  const bytes = new TextEncoder().encode(chunk);
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled++ >= chunks) controller.close();
      else controller.enqueue(bytes);
    },
  });
  const request = new Request('http://127.0.0.1/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('readBodyText', () => {
  it('returns a body within the limit, UTF-8 decoded across chunk boundaries', async () => {
    const { request } = streamed('شحنة', 3);
    expect(await readBodyText(request, 100)).toBe('شحنةشحنةشحنة');
  });

  it('stops reading as soon as the limit is passed and answers 413', async () => {
    const { request, pulled } = streamed('x'.repeat(1024), 50_000);
    await expect(readBodyText(request, 4096)).rejects.toMatchObject({ code: 'payload_too_large', status: 413 });
    // 4 KB allowed: the fifth 1 KB chunk passes it; the other 49,995 are never pulled.
    expect(pulled()).toBeLessThan(10);
  });

  it('refuses at once when Content-Length already says too much', async () => {
    const { request, pulled } = streamed('x', 1, { 'content-length': '52428800' });
    await expect(readBodyText(request, 1024)).rejects.toMatchObject({ status: 413 });
    expect(pulled()).toBeLessThanOrEqual(1);
  });

  it('counts bytes, not characters', async () => {
    const { request } = streamed('ع'.repeat(600), 1); // 1200 bytes
    await expect(readBodyText(request, 1000)).rejects.toMatchObject({ status: 413 });
  });

  it('refuses bytes that are not UTF-8 with a 400, and reads an empty body as empty', async () => {
    const bad = new Request('http://127.0.0.1/x', { method: 'POST', body: new Uint8Array([0xff, 0xfe, 0x41]) });
    await expect(readBodyText(bad, 100)).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await readBodyText(new Request('http://127.0.0.1/x', { method: 'POST' }), 100)).toBe('');
  });
});
