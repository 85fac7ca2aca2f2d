import http from 'node:http';
import { SOCKET_ADDRESS_HEADER } from './client-address';

let installed = false;

/**
 * Puts the TCP peer's address on every incoming request as SOCKET_ADDRESS_HEADER, replacing
 * any value the client sent: a route handler sees only headers, never the socket, and
 * X-Forwarded-For is the client's to write when no proxy of ours stands in front. Called
 * once from instrumentation.ts, before the server answers its first request.
 */
export function stampSocketAddresses(): void {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === 'request') stamp(args[0] as http.IncomingMessage);
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof emit;
}

export function stamp(request: http.IncomingMessage): void {
  const address = request.socket?.remoteAddress;
  if (address) request.headers[SOCKET_ADDRESS_HEADER] = address;
  else delete request.headers[SOCKET_ADDRESS_HEADER];
}
