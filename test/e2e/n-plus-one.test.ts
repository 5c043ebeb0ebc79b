import { resetStatementCounts, statementCount, statementCounts } from '../../lib/db/statement-counter';
import { operation } from '../helpers/operations';
import { type Stack, startStack } from '../helpers/stack';

describe('N+1 guard', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
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
});
