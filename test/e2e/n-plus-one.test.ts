import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { resetStatementCounts, statementCount, statementCounts } from '../../lib/db/statement-counter';
import { operation } from '../helpers/operations';
import { type Stack, startStack } from '../helpers/stack';
import { testDatabaseUrls } from '../helpers/test-env';

/**
 * SQL statements a 360 page may run per database, whatever its size: one batch per list or summary
 * the page shows, plus each department's latest activity (the timeline) and one customers batch for the
 * fields that @require department data (KPIs, timeline). Raise a number only with the loader that needs it.
 * Customers also writes one audit event: the test token's subject is a person's (not `service:…`) and the
 * page reads personal data (`displayName`, `identifiers`), so the request ends with one PII_READ insert.
 */
const BUDGET: Record<SubgraphName, number> = { customers: 4, marketing: 4, sales: 5, support: 4 };

/** The statement counter keys by database name: the last path segment of each subgraph's URL. */
const databaseOf = (name: SubgraphName) => new URL(testDatabaseUrls()[name]).pathname.slice(1);

describe('N+1 guard', () => {
  let stack: Stack;
  beforeAll(async () => {
    // 100 customers' 360 on a busy test machine must not meet the production timeout: this counts statements.
    stack = await startStack({ subgraphTimeoutMs: 10_000 });
  });
  afterAll(() => stack.stop());

  async function statementsFor(first: number) {
    resetStatementCounts();
    const response = await stack.query<{ customers: { edges: unknown[] } }>(operation('customers-page-360'), {
      first,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data!.customers.edges).toHaveLength(first);
    return { total: statementCount(), perDatabase: statementCounts() };
  }

  it('should run the same number of SQL statements for a 360 page of 10 customers and of 100', async () => {
    await statementsFor(10); // warm-up: the first request may plan and prepare
    const ten = await statementsFor(10);
    const hundred = await statementsFor(100);
    console.log(
      `SQL statements for a 360 page: 10 customers → ${ten.total} ${JSON.stringify(ten.perDatabase)}; ` +
        `100 customers → ${hundred.total} ${JSON.stringify(hundred.perDatabase)}`,
    );
    expect(hundred.perDatabase).toEqual(ten.perDatabase);
    expect(hundred.total).toBe(ten.total);
  });

  it('should keep a 360 page within the statement budget of each database, and count in every one', async () => {
    await statementsFor(10);
    const hundred = await statementsFor(100);
    const expected = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [databaseOf(name), BUDGET[name]]));
    // Every database ran something: a counter that stopped counting cannot pass as "no N+1".
    const counted = Object.fromEntries(
      SUBGRAPH_NAMES.map((name) => [name, statementCount(databaseOf(name)) > 0]),
    );
    expect(counted).toEqual({ customers: true, marketing: true, sales: true, support: true });
    expect(hundred.perDatabase).toEqual(expected);
    expect(hundred.total).toBe(Object.values(BUDGET).reduce((sum, n) => sum + n, 0));
  });
});
