import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { seedDemoData } from '../../scripts/demo/seed-all';
import { type Databases, prepareDatabases } from '../../scripts/stack/databases';
import { freePort } from './free-port';
import { TEST_CUSTOMERS, TEST_ENV_KEY } from './test-env';

/** What the global teardown must undo; Jest runs setup and teardown in the same process. */
export interface TestRun {
  databases?: Databases;
  dataDir: string;
}

export const TEST_RUN_KEY = '__c360TestRun';

/** Stops the databases and removes the data folder; safe to call with only part of the run set up. */
export async function endTestRun(run: TestRun): Promise<void> {
  try {
    await run.databases?.stop();
  } finally {
    rmSync(run.dataDir, { recursive: true, force: true });
  }
}

/**
 * One real PostgreSQL for the whole run: `DATABASE_URL` if set (test databases get their own
 * `c360_test_*` names), else a throwaway embedded server on a free port. Seeds the demo world.
 */
export default async function globalSetup(): Promise<void> {
  process.env.NODE_ENV = 'test';
  // One set of secrets for the whole run: workers and the service processes tests spawn inherit them.
  process.env.AUTH_JWT_SECRET ??= randomBytes(32).toString('base64url');
  process.env.GATEWAY_HMAC_SECRET ??= randomBytes(32).toString('base64url');
  const run: TestRun = { dataDir: mkdtempSync(path.join(tmpdir(), 'c360-test-')) };
  try {
    run.databases = await prepareDatabases({
      env: { DATABASE_URL: process.env.DATABASE_URL },
      dataDir: run.dataDir,
      embeddedPort: await freePort(),
      persistent: false,
      prefix: 'c360_test',
    });
    await seedDemoData(run.databases.urls, { customers: TEST_CUSTOMERS });
  } catch (error) {
    // Jest skips the global teardown when the setup fails: clean up here.
    await endTestRun(run);
    throw error;
  }
  process.env[TEST_ENV_KEY] = JSON.stringify(run.databases.urls);
  (globalThis as Record<string, unknown>)[TEST_RUN_KEY] = run;
}
