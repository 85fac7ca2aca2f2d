import { defineConfig } from 'drizzle-kit';

// PostgreSQL migrations live apart from the SQLite ones in drizzle/: each engine has its own
// history of generated files. Generate with `npm run db:generate:pg`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './db/pg/schema.ts',
  out: './drizzle/pg',
});
