import { ar } from './messages/ar';
import { en } from './messages/en';
import type { Locale } from './locales';
import type { Messages } from './types';

/**
 * Both catalogs, for the server only: a page hands its client components the client part of
 * its language's catalog (client-catalog.ts, through components/i18n/i18n-provider.tsx), so no
 * browser downloads the other language or the namespaces only the server reads.
 */
export const CATALOGS: Record<Locale, Messages> = { ar, en };
