/**
 * How a link import says no: one error class with a machine reason and a message for the
 * editor, mapped by the API to 400 `{error: {code: 'invalid_input', message, fields: {url}}}`.
 */
import { DomainError } from '@/lib/errors';

export type FetchRefusal =
  | 'invalid_url'
  | 'scheme'
  | 'credentials'
  | 'dns'
  | 'private_address'
  | 'connect_timeout'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'not_html'
  | 'network'
  | 'no_text';

/** A refused fetch: a 400 naming the `url` field, with the reason for tests and logs. */
export class FetchArticleError extends DomainError {
  constructor(
    readonly reason: FetchRefusal,
    message: string,
  ) {
    super('invalid_input', `url: ${message}`, { url: message });
    this.name = 'FetchArticleError';
  }
}

/** The fetch's overall time limit, shared by every hop and the body. */
export interface Deadline {
  signal: AbortSignal;
  timedOut: () => boolean;
}

/** Any failure on the wire as a refusal: a timeout if the deadline passed, else a network error. */
export function refusalOf(error: unknown, deadline: Deadline, url: URL): FetchArticleError {
  if (error instanceof FetchArticleError) return error;
  if (deadline.timedOut()) return new FetchArticleError('timeout', `${url.host} took too long to send the page`);
  const code = (error as { code?: string }).code ?? '';
  return new FetchArticleError('network', `${url.host} could not be read (${code || (error as Error).message || 'network error'})`);
}

