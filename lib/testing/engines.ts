import type { Engine } from '@/db/engine';

/**
 * The engines the unit tests run on: both unless ISNAD_TEST_ENGINES narrows it
 * (`ISNAD_TEST_ENGINES=sqlite npx vitest run` for a quick local run without PostgreSQL).
 */
export function testEngines(env: NodeJS.ProcessEnv = process.env): Engine[] {
  const wanted = (env.ISNAD_TEST_ENGINES ?? 'sqlite,pg').split(',').map((s) => s.trim());
  const engines = (['sqlite', 'pg'] as const).filter((e) => wanted.includes(e));
  if (engines.length === 0) throw new Error(`ISNAD_TEST_ENGINES="${env.ISNAD_TEST_ENGINES}" names no engine (sqlite, pg)`);
  return engines;
}
