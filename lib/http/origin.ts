import 'server-only';
import { headers } from 'next/headers';
import { config } from '@/lib/config';
import { publicOriginFrom } from './request-origin';

/**
 * The public origin for absolute URLs: ISNAD_PUBLIC_URL when configured, else the Host the
 * request reached (forwarded headers only with ISNAD_TRUST_PROXY=true).
 */
export async function publicOrigin(): Promise<string> {
  return publicOriginFrom(await headers(), config);
}
