import http from 'node:http';
import type { Duplex } from 'node:stream';
import { serveCachedPage } from '@/lib/public/serve-cached';
import { SOCKET_ADDRESS_HEADER } from './client-address';

/**
 * Methods Next cannot take: its Request refuses the ones the Fetch standard forbids, so a
 * TRACE answered 500 with a logged stack trace (and Node cuts a CONNECT's connection).
 */
const REFUSED = new Set(['TRACE']);
const ALLOW = 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS';

/**
 * Answers a request itself (true) or leaves it to Next (false). Registered with
 * `answerBeforeNext`; asked in order, after the method check and before the cached pages.
 */
export type EarlyAnswer = (request: http.IncomingMessage, response: http.ServerResponse) => boolean;
const earlyAnswers: EarlyAnswer[] = [];

/** Adds an answerer ahead of Next (lib/http/direct-api.ts), installing the hook if need be. */
export function answerBeforeNext(answer: EarlyAnswer): void {
  installServerHooks();
  earlyAnswers.push(answer);
}

let installed = false;

/**
 * Hooks the Node server before Next sees a request (a route handler sees only headers, never
 * the socket): the TCP peer's address goes on every request as SOCKET_ADDRESS_HEADER,
 * replacing any value the client sent, since X-Forwarded-For is the client's to write when no
 * proxy of ours stands in front; the methods above get 405; and a cached public page still
 * valid is sent from memory without Next (lib/public/serve-cached.ts); an answerer registered
 * with `answerBeforeNext` may take the request first. The one patch of Node's server for the
 * process: called from instrumentation.ts before the server answers its first request.
 */
export function installServerHooks(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      if (refuseMethod(request, response)) return true;
      stamp(request);
      for (const answer of earlyAnswers) if (answer(request, response)) return true;
      if (serveCachedPage(request, response)) return true;
    } else if (event === 'connection' && this.listenerCount('connect') === 0) {
      // Node cuts a CONNECT's socket unless the server listens for it: answer it instead.
      this.on('connect', refuseConnect);
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

function refuseConnect(_request: http.IncomingMessage, socket: Duplex): void {
  socket.end(`HTTP/1.1 405 Method Not Allowed\r\nAllow: ${ALLOW}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`);
}

export function refuseMethod(request: http.IncomingMessage, response: http.ServerResponse): boolean {
  if (!REFUSED.has(request.method ?? '')) return false;
  response.writeHead(405, { Allow: ALLOW, 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error: { code: 'method_not_allowed', message: `${request.method} is not answered here.` } }));
  return true;
}

export function stamp(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}
