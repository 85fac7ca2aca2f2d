import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../client';
import { importArticle, type ImportResult } from '../../lib/articles/import-article';
import { saveUser } from '../../lib/users/save-user';
import type { Role } from '../../lib/vocabulary';

export const DEMO_PASSWORD_DEFAULT = 'isnad-demo-2023';
export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: Role }> = [
  { email: 'checker@isnad.test', name: 'Salma Checker', role: 'checker' },
  { email: 'editor@isnad.test', name: 'Omar Editor', role: 'editor' },
  { email: 'admin@isnad.test', name: 'Admin', role: 'admin' },
];

const SEED_FILE = path.join(process.cwd(), 'db', 'seed', 'karabakh-talks.ar.txt');

/** The seed article, imported through the same path as any other article. */
export function seedArticle(db: Db): Promise<ImportResult> {
  return importArticle(
    db,
    'cli',
    {
      text: fs.readFileSync(SEED_FILE, 'utf8'),
      title: 'أذربيجان وانفصاليو قره باغ يبدون استعدادهم لمواصلة المحادثات',
      // Not printed in the text; inferred from "today, Friday" after Wednesday's ceasefire.
      published: '2023-09-22',
      slug: 'karabakh-talks',
      language: 'ar',
    },
    'cli',
  );
}

/** One account per role with the documented demo password. */
export async function seedDemoAccounts(db: Db, password: string): Promise<void> {
  for (const account of DEMO_ACCOUNTS) await saveUser(db, 'cli', { ...account, password });
}
