import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { sql } from '../helpers/db';
import { createTestCustomer, postGraphQL, startTestSubgraph } from '../helpers/stack';
import { testDatabaseUrls } from '../helpers/test-env';

const ERASE = 'mutation ($id: ID!) { eraseCustomer(id: $id) { id status } }';
const CONFIRM = `mutation ($input: ConfirmErasureInput!) { confirmErasure(input: $input) { service status } }`;
const ERASURE =
  'query ($id: ID!) { erasure(customerId: $id) { status completedAt receipts { service status } } }';

/**
 * The departments confirm their parts of an erasure on their own schedules, often within the same
 * milliseconds; whichever confirms last completes the erasure, exactly once.
 */
describe('erasure confirmations arriving together', () => {
  // A schema of its own: the departments' erasure workers of other test files, which poll the shared test
  // database, would otherwise carry out (and confirm) these erasures first.
  const schema = `erasure_confirmations_${process.pid}`;
  let customers: RunningSubgraph;
  beforeAll(async () => {
    await sql('customers', `CREATE SCHEMA ${schema}`);
    const url = new URL(testDatabaseUrls().customers);
    url.searchParams.set('options', `-c search_path=${schema}`);
    customers = await startTestSubgraph('customers', undefined, { databaseUrl: url.href });
  });
  afterAll(async () => {
    await customers?.stop();
    await sql('customers', `DROP SCHEMA ${schema} CASCADE`);
  });

  it('should complete every erasure once, with one ERASURE_COMPLETED audit event, when the three departments confirm at the same moment', async () => {
    const ids = await Promise.all(
      Array.from({ length: 5 }, (_, i) => createTestCustomer(customers.url, `Erase concurrently ${i}`)),
    );
    // No department runs here: each erasure answers PENDING after its wait.
    const erasures = await Promise.all(
      ids.map(async (id) => {
        const response = await postGraphQL<{ eraseCustomer: { id: string; status: string } }>(
          customers.url,
          ERASE,
          { id },
        );
        expect(response.errors).toBeUndefined();
        return response.data!.eraseCustomer;
      }),
    );
    expect(erasures.map((erasure) => erasure.status)).toEqual(ids.map(() => 'PENDING'));

    await Promise.all(
      erasures.flatMap((erasure) =>
        ['MARKETING', 'SALES', 'SUPPORT'].map(async (service) => {
          const response = await postGraphQL(customers.url, CONFIRM, {
            input: { erasureId: erasure.id, service, rowsErased: 1, rowsDeidentified: 0 },
          });
          expect(response.errors).toBeUndefined();
        }),
      ),
    );

    for (const id of ids) {
      const response = await postGraphQL<{ erasure: { status: string; completedAt: string | null } }>(
        customers.url,
        ERASURE,
        { id },
      );
      expect({ id, status: response.data?.erasure.status }).toEqual({ id, status: 'COMPLETED' });
    }
    const completed = await sql<{ n: number }>(
      'customers',
      `SELECT count(*)::int AS n FROM ${schema}.audit_events WHERE action = 'ERASURE_COMPLETED' AND customer_ids && $1::uuid[]`,
      [ids],
    );
    expect(completed[0]!.n).toBe(ids.length);
  }, 30_000);
});
