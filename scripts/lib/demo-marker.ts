import type { Db } from '@/db/client';

/**
 * A database the demo created itself is marked in its header (SQLite's `user_version`, which
 * nothing else here uses), so `npm run demo` pointed at a real desk's database later never
 * resets `admin@isnad.test` to the published password there.
 */
const DEMO_MARK = 0x15ad_de30;

export function markAsDemoDatabase(db: Db): void {
  db.$client.pragma(`user_version = ${DEMO_MARK}`);
}

export function isDemoDatabase(db: Db): boolean {
  return db.$client.pragma('user_version', { simple: true }) === DEMO_MARK;
}
