import { Client } from 'pg';
import type { SubgraphName } from '../../lib/config';
import { testDatabaseUrls } from './test-env';

/** Reads a subgraph's test database directly, to check what the API returns against what is stored. */
export async function sql<T = Record<string, unknown>>(
  name: SubgraphName,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: testDatabaseUrls()[name] });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}
