/** Which database the desk runs on; chosen by configuration, never by a use case. */
export type Engine = 'sqlite' | 'pg';

export const DEFAULT_DATABASE_PATH = './data/isnad.db';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

/**
 * The configured database: `DATABASE_URL=postgres://…` means PostgreSQL; otherwise the
 * embedded SQLite file at DATABASE_URL (a plain path or `file:` URL), DATABASE_PATH, or the
 * default path.
 */
export function databaseTarget(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.DATABASE_URL?.trim();
  if (url) return url.replace(/^file:/, '');
  return env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

export function engineOf(target: string): Engine {
  return POSTGRES_URL.test(target) ? 'pg' : 'sqlite';
}

/** The target as it may be printed: a PostgreSQL URL without its password. */
export function describeTarget(target: string): string {
  if (engineOf(target) === 'sqlite') return target;
  try {
    const url = new URL(target);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return 'postgres://(unparsable URL)';
  }
}

/** The directory for local files beside the database (the session secret): for PostgreSQL, ./data. */
export function localDataDir(target: string): string {
  return engineOf(target) === 'pg' ? './data' : (target === ':memory:' ? '.' : dirname(target));
}

function dirname(file: string): string {
  const i = file.replace(/\\/g, '/').lastIndexOf('/');
  return i < 0 ? '.' : file.slice(0, i) || '/';
}
