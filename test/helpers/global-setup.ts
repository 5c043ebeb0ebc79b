import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDemoData } from '../../scripts/demo/seed-all';
import { prepareDatabases } from '../../scripts/stack/databases';
import { freePort } from './free-port';
import { TEST_CUSTOMERS, TEST_ENV_KEY } from './test-env';

/**
 * One real PostgreSQL for the whole run: `DATABASE_URL` if set (test databases get their own
 * `c360_test_*` names), else a throwaway embedded server on a free port. Seeds the demo world.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'c360-test-'));
  const databases = await prepareDatabases({
    env: { DATABASE_URL: process.env.DATABASE_URL },
    dataDir,
    embeddedPort: await freePort(),
    persistent: false,
    prefix: 'c360_test',
  });
  await seedDemoData(databases.urls, { customers: TEST_CUSTOMERS });
  process.env[TEST_ENV_KEY] = JSON.stringify(databases.urls);
  (globalThis as { __c360Databases?: typeof databases }).__c360Databases = databases;
}
