import type { SubgraphName } from '../../lib/config';

export const TEST_ENV_KEY = 'C360_TEST_DATABASE_URLS';
/** Demo customers seeded for the tests: enough for pages of 100 plus the personas. */
export const TEST_CUSTOMERS = 150;

/** The per-subgraph database URLs the global setup prepared. */
export function testDatabaseUrls(): Record<SubgraphName, string> {
  const raw = process.env[TEST_ENV_KEY];
  if (!raw) throw new Error('The test databases are missing: run the tests through jest (npm test)');
  return JSON.parse(raw) as Record<SubgraphName, string>;
}
