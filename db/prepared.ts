import type { Db, Tx } from './client';

type Values = Record<string, unknown>;
interface Preparable {
  prepare(name?: string): { execute(values?: Values): PromiseLike<unknown> | unknown };
}

/**
 * A query built once and run many times, its inputs passed as `sql.placeholder('name')`.
 * drizzle builds a query's SQL text anew on every call, and in the load test's profile
 * (npm run test:load -- --profile DIR) that building cost more CPU than SQLite took to run
 * the query; the hot path of every API write (token, claim, chain head) goes through here.
 *
 * On SQLite the prepared query is kept per connection handle (the reader for reads, the
 * writer inside a transaction: the same two objects for the life of the process). On
 * PostgreSQL a transaction's handle lives for one transaction only, so the query is built on
 * each call, as a named statement the server parses once per connection.
 */
export function preparedQuery<R>(name: string, build: (db: Db | Tx) => Preparable): (db: Db | Tx, values?: Values) => Promise<R> {
  const byHandle = new WeakMap<object, ReturnType<Preparable['prepare']>>();
  return async (db, values = {}) => {
    if (db.engine === 'pg') return (await build(db).prepare(name).execute(values)) as R;
    let prepared = byHandle.get(db);
    if (!prepared) {
      prepared = build(db).prepare();
      byHandle.set(db, prepared);
    }
    return (await prepared.execute(values)) as R;
  };
}
