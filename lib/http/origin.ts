import 'server-only';
import { headers } from 'next/headers';
import { config } from '@/lib/config';

/** The public origin for absolute URLs: configured, else as the request reached us. */
export async function publicOrigin(): Promise<string> {
  if (config.publicUrl) return config.publicUrl;
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto') ?? (host.startsWith('localhost') || host.startsWith('127.') ? 'http' : 'https');
  return `${proto}://${host}`;
}
