import { ar } from './messages/ar';
import { en } from './messages/en';
import type { Locale } from './locales';
import type { Messages } from './types';

/**
 * Both catalogs, for the server only: a page hands its client components the one catalog of
 * its language (components/i18n/i18n-provider.tsx), so no browser downloads the other.
 */
export const CATALOGS: Record<Locale, Messages> = { ar, en };
