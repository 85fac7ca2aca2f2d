import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { engineOf } from './engine';

const run = promisify(execFile);

/**
 * Takes a consistent copy of a running desk's database into `file` (which must not exist),
 * readable only by its owner like the database itself.
 *
 * SQLite: `VACUUM INTO` from a connection of its own is one read transaction, so under WAL it
 * copies a single committed state while the server goes on writing, and never restarts the
 * way the page-by-page backup API does when the source changes under it.
 * PostgreSQL: `pg_dump -Fc`, which also reads one snapshot; restore with pg_restore.
 */
export async function backupDatabase(target: string, file: string): Promise<void> {
  if (fs.existsSync(file)) throw new Error(`${file} already exists; a backup never overwrites a file.`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  if (engineOf(target) === 'pg') return dumpPg(target, file);
  if (!fs.existsSync(target)) throw new Error(`There is no SQLite database at ${target}.`);
  // Not opened read-only: a read-only connection cannot open a WAL database whose -shm is absent.
  const source = new Database(target, { fileMustExist: true });
  const previous = process.umask(0o077);
  try {
    source.pragma('busy_timeout = 5000');
    source.prepare('VACUUM INTO ?').run(file);
  } finally {
    process.umask(previous);
    source.close();
  }
  fs.chmodSync(file, 0o600);
}

/** pg_dump from PATH, PG_BIN or the server's own directory; its version must be the server's or newer. */
export function findPgDump(): string | null {
  const dirs = [process.env.PG_BIN, ...(process.env.PATH ?? '').split(path.delimiter), ...pgVersionDirs()].filter(Boolean) as string[];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'pg_dump');
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function pgVersionDirs(): string[] {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)).map((v) => path.join(root, v, 'bin'));
}

async function dumpPg(url: string, file: string): Promise<void> {
  const pgDump = findPgDump();
  if (!pgDump) {
    throw new Error(
      'pg_dump was not found. Install the PostgreSQL client programs (Debian/Ubuntu: apt-get install postgresql-client, ' +
        'of the server\'s major version or newer) or set PG_BIN to the directory that holds pg_dump.',
    );
  }
  const previous = process.umask(0o077);
  try {
    await run(pgDump, ['--format=custom', '--no-owner', '--file', file, '--dbname', url], { maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    fs.rmSync(file, { force: true });
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new Error(`pg_dump failed: ${stderr || (error as Error).message}`);
  } finally {
    process.umask(previous);
  }
}
