import { inject } from 'vitest';

// Runs before each PostgreSQL test file imports anything: db/schema.ts picks its tables from
// DATABASE_URL when it loads, so this process runs every database test on PostgreSQL.
process.env.DATABASE_URL = inject('pgAdminUrl');
