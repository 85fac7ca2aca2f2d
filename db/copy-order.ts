import { getTableName, is, type Table } from 'drizzle-orm';
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as pgSchema from './pg/schema';

/**
 * Every table the PostgreSQL schema declares, parents before children (a row's foreign keys
 * point only at tables already copied). Read from the schema, so a table added later is
 * copied without anyone remembering to list it; db/copy.test.ts checks the list against the
 * tables a migrated database really has.
 */
export function copyOrder(): string[] {
  const tables = (Object.values(pgSchema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));
  const parents = new Map<string, Set<string>>();
  for (const table of tables) {
    const name = getTableName(table);
    const refs = pgTableConfig(table).foreignKeys.map((fk) => getTableName(fk.reference().foreignTable as Table));
    parents.set(name, new Set(refs.filter((r) => r !== name)));
  }
  const order: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (order.includes(name)) return;
    if (visiting.has(name)) throw new Error(`Foreign keys form a cycle through ${name}; db:copy cannot order it.`);
    visiting.add(name);
    for (const parent of [...(parents.get(name) ?? [])].sort()) visit(parent);
    visiting.delete(name);
    order.push(name);
  };
  for (const name of [...parents.keys()].sort()) visit(name);
  return order;
}

/** The schema's table object of `name`: the copy reads with the SQLite one and writes with the PostgreSQL one. */
export function tableByName(schema: Record<string, unknown>, name: string): Table {
  const table = Object.values(schema).find((v) => isTable(v) && getTableName(v) === name);
  if (!table) throw new Error(`Table ${name} is declared for one engine only.`);
  return table as Table;
}

function isTable(v: unknown): v is Table {
  return typeof v === 'object' && v !== null && Symbol.for('drizzle:IsDrizzleTable') in v;
}
