import { databaseTarget, openDatabase } from '@/db/client';
import { DomainError } from '@/lib/errors';
import { saveUser } from '@/lib/users/save-user';
import { fail, parseArgs } from './lib/args';

const USAGE = 'usage: npm run user:add -- --email E --role checker|editor|admin --password P [--name N]';
const { options } = parseArgs(process.argv.slice(2));
const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
if (!str('email') || !str('role') || !str('password')) fail(USAGE);

async function main() {
  const db = await openDatabase(databaseTarget());
  try {
    const { user, created } = await saveUser(db, 'cli', {
      email: str('email'),
      role: str('role'),
      password: str('password'),
      name: str('name'),
    });
    console.log(`${created ? 'Created' : 'Updated'} ${user.email} (${user.role}).`);
  } catch (error) {
    if (error instanceof DomainError) fail(`Not saved: ${error.message}\n${USAGE}`);
    throw error;
  } finally {
    await db.close();
  }
}

void main();
