/**
 * One GET to an address already checked, and its body read within the limits. The pieces
 * of fetch-article.ts that talk to the socket.
 */
import type { IncomingMessage } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import zlib from 'node:zlib';
import { pinnedLookup, type ResolvedAddress } from './checked-address';
import { FetchArticleError, refusalOf, type Deadline } from './fetch-refusal';

const USER_AGENT = 'IsnadFactCheck/1.0 (+article import; a newsroom fact-checking desk)';

export interface GetOptions {
  connectTimeoutMs: number;
  /** TLS settings for tests against a self-signed server. */
  ca?: string | Buffer;
}

/** One GET to a checked address: resolves with the response, or rejects with a refusal. */
export function getPinned(url: URL, addresses: ResolvedAddress[], deadline: Deadline, opts: GetOptions): Promise<IncomingMessage> {
  const { connectTimeoutMs } = opts;
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.get(
      url,
      {
        lookup: pinnedLookup(addresses),
        // No shared keep-alive pool: a pooled socket would skip this fetch's address check.
        agent: false,
        signal: deadline.signal,
        headers: {
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          'accept-encoding': 'gzip, deflate, br',
          'accept-language': 'ar,en;q=0.8',
        },
        ...(opts.ca ? { ca: opts.ca } : {}),
      },
      (res) => {
        clearTimeout(connectTimer);
        resolve(res);
      },
    );
    const connectTimer = setTimeout(() => {
      req.destroy(new FetchArticleError('connect_timeout', `${url.host} did not answer within ${connectTimeoutMs / 1000} s`));
    }, connectTimeoutMs);
    req.on('socket', (socket) => {
      const connected = () => clearTimeout(connectTimer);
      if (!socket.connecting) connected();
      else socket.once('connect', connected);
    });
    req.on('error', (error) => {
      clearTimeout(connectTimer);
      reject(refusalOf(error, deadline, url));
    });
  });
}

function decompressed(res: IncomingMessage): NodeJS.ReadableStream {
  switch ((res.headers['content-encoding'] ?? '').trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return res.pipe(zlib.createGunzip());
    case 'deflate':
      return res.pipe(zlib.createInflate());
    case 'br':
      return res.pipe(zlib.createBrotliDecompress());
    default:
      return res;
  }
}

/** The body, up to maxBytes after decompression; refused as soon as it goes past. */
export async function readBody(res: IncomingMessage, maxBytes: number, deadline: Deadline, url: URL): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  const tooLarge = () => new FetchArticleError('too_large', `the page is larger than ${Math.round(maxBytes / 1e6)} MB; paste the article text instead`);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = decompressed(res);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk);
    }
  } catch (error) {
    res.destroy();
    throw refusalOf(error, deadline, url);
  }
  return Buffer.concat(chunks);
}

/** The charset from the Content-Type header, else a <meta> in the first 2 KB, else UTF-8. */
export function decodeHtml(body: Buffer, contentType: string | undefined): string {
  const fromHeader = contentType?.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1];
  const head = body.subarray(0, 2048).toString('latin1');
  const fromMeta = head.match(/<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // An unknown label: try the next source.
    }
  }
  return body.toString('utf8');
}

