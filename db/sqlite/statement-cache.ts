import type Database from 'better-sqlite3';

/** Distinct SQL texts kept prepared; the desk has a few hundred, so this is never reached in use. */
const MAX_STATEMENTS = 1000;

/**
 * Keeps better-sqlite3 statements prepared per SQL text. drizzle prepares every query anew,
 * and parsing and planning the SQL was the largest database cost of an API request in the
 * load test's profile (npm run test:load -- --profile DIR). A cached statement is handed out
 * in its default mode (drizzle switches `raw()` on where it wants arrays), and a statement
 * busy in an unfinished iterator is never shared: that caller gets a fresh one.
 */
export function cacheStatements(connection: Database.Database): Database.Database {
  const prepare = connection.prepare.bind(connection);
  const cache = new Map<string, Database.Statement>();
  connection.prepare = ((source: string) => {
    const cached = cache.get(source);
    if (cached && !cached.busy) {
      if (cached.reader) cached.raw(false);
      return cached;
    }
    const statement = prepare(source);
    if (!cached) {
      if (cache.size >= MAX_STATEMENTS) cache.clear();
      cache.set(source, statement);
    }
    return statement;
  }) as typeof connection.prepare;
  return connection;
}
