import { startApolloGateway } from '../../gateway/src/apollo-gateway';
import { customerId, PERSONAS } from '../../scripts/demo/world';
import { operation } from '../helpers/operations';
import { postGraphQL, type Stack, startStack } from '../helpers/stack';

/**
 * Our gateway (Hive Gateway + Rust planner) and stock `@apollo/gateway`, serving the same supergraph
 * over the same subgraphs, must give byte-identical answers.
 */
describe('parity with @apollo/gateway', () => {
  let stack: Stack;
  let apollo: { url: string; stop(): Promise<void> };
  beforeAll(async () => {
    stack = await startStack();
    apollo = await startApolloGateway(stack.supergraphSdl);
  });
  afterAll(async () => {
    await apollo.stop();
    await stack.stop();
  });

  const cases: Array<[string, string, Record<string, unknown>]> = [
    ...PERSONAS.map((persona, index): [string, string, Record<string, unknown>] => [
      `the 360 of ${persona.displayName}`,
      operation('customer-360'),
      { id: customerId(index) },
    ]),
    ['a page of 50 customers with summaries', operation('customers-page'), { first: 50 }],
    ['a 360 page of 10 customers', operation('customers-page-360'), { first: 10 }],
    ['an unknown customer', operation('customer-360'), { id: '00000000-0000-4000-8000-000000000000' }],
  ];

  it.each(cases)('should answer %s identically', async (_name, query, variables) => {
    const ours = await stack.query(query, variables);
    const theirs = await postGraphQL(apollo.url, query, variables);
    expect(ours.errors).toBeUndefined();
    expect(JSON.stringify(ours)).toBe(JSON.stringify(theirs));
  });
});
