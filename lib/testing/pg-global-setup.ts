import type { TestProject } from 'vitest/node';
import { openDatabase } from '@/db/client';
import { startCluster } from '@/db/pg/throwaway-cluster';
import pg from 'pg';

export const TEMPLATE_DATABASE = 'isnad_template';

/**
 * Starts one throwaway PostgreSQL for the whole PostgreSQL test run and migrates a template
 * database in it; each test then gets a fresh copy (CREATE DATABASE … TEMPLATE is a file
 * copy, far faster than migrating again). The cluster is removed when the run ends.
 */
export default async function setup(project: TestProject) {
  const cluster = await startCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
    await admin.end();
    const template = await openDatabase(cluster.url(TEMPLATE_DATABASE));
    await template.close();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  project.provide('pgAdminUrl', cluster.url());
  return () => cluster.stop();
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}
