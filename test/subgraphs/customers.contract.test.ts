import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { customerId } from '../../scripts/demo/world';
import { entities, fieldNames, schemaFile, serviceSdl } from '../helpers/contract';
import { sql } from '../helpers/db';
import { createTestCustomer, type GraphQLResponse, postGraphQL, startTestSubgraph } from '../helpers/stack';

interface CustomerPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string } }>;
}

describe('customers subgraph contract', () => {
  let subgraph: RunningSubgraph;
  beforeAll(async () => {
    subgraph = await startTestSubgraph('customers');
  });
  afterAll(() => subgraph.stop());

  it('should serve its schema.graphql through _service { sdl }', async () => {
    const sdl = await serviceSdl(subgraph.url);
    expect(fieldNames(sdl)).toEqual(fieldNames(schemaFile('customers')));
  });

  it('should resolve a Customer entity with exactly the stored profile and identifiers', async () => {
    const id = customerId(0);
    const [row] = await sql('customers', 'SELECT * FROM customers WHERE id = $1', [id]);
    const identifiers = await sql(
      'customers',
      'SELECT kind, system, value FROM customer_identifiers WHERE customer_id = $1 ORDER BY created_at, id',
      [id],
    );
    const [customer] = await entities(
      subgraph.url,
      [{ __typename: 'Customer', id }],
      '... on Customer { id displayName email phone locale country createdAt identifiers { kind system value } }',
    );
    expect(customer).toEqual({
      id,
      displayName: row!.display_name,
      email: row!.email,
      phone: row!.phone,
      locale: row!.locale,
      country: row!.country,
      createdAt: (row!.created_at as Date).toISOString(),
      identifiers: identifiers.map((i) => ({ kind: i.kind, system: i.system || null, value: i.value })),
    });
    expect(customer).toMatchObject({ displayName: 'Lena Lindqvist', email: 'lena.lindqvist@example.com' });
  });

  it('should resolve an unknown or malformed id to null', async () => {
    const result = await entities(
      subgraph.url,
      [
        { __typename: 'Customer', id: '00000000-0000-4000-8000-000000000000' },
        { __typename: 'Customer', id: 'not-a-uuid' },
      ],
      '... on Customer { id }',
    );
    expect(result).toEqual([null, null]);
  });

  it('should page through customers oldest first without gaps or repeats while others are created', async () => {
    // Other workers create, merge (and erase) customers during the walk, so the list changes while it is paged.
    // Every customer listed before and after the walk must be seen, once, in stored order.
    const listed = async () =>
      (
        await sql<{ id: string }>(
          'customers',
          'SELECT id FROM customers WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY created_at, id',
        )
      ).map((row) => row.id);
    const existing = await listed();
    const seen: string[] = [];
    const totals: number[] = [];
    let after: string | null = null;
    let pages = 0;
    let created = '';
    do {
      const response: GraphQLResponse<{ customers: CustomerPage }> = await postGraphQL(
        subgraph.url,
        'query ($after: String) { customers(first: 40, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }',
        { after },
      );
      expect(response.errors).toBeUndefined();
      const page = response.data!.customers;
      totals.push(page.totalCount);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
      // This test creates one itself too, so the walk surely runs over a growing list.
      if (pages === 1) created = await createTestCustomer(subgraph.url, 'Created During Walk');
    } while (after && pages < 100);
    const afterWalk = await listed();
    const stored = (
      await sql<{ id: string }>('customers', 'SELECT id FROM customers ORDER BY created_at, id')
    ).map((row) => row.id);

    expect(after).toBeNull();
    expect(existing.length).toBeGreaterThan(100);
    expect(new Set(seen).size).toBe(seen.length);
    const stable = existing.filter((id) => afterWalk.includes(id));
    const isStable = new Set(stable);
    expect(seen.filter((id) => isStable.has(id))).toEqual(stable);
    // Anything else was created (or merged) during the walk; everything seen is stored, in stored order.
    const positions = seen.map((id) => stored.indexOf(id));
    expect(positions.filter((position) => position < 0)).toEqual([]);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const total of totals) expect(total).toBeGreaterThanOrEqual(stable.length);
    expect(seen).toContain(created);
  });

  it('should refuse a page size above 100 with BAD_USER_INPUT on customers.first', async () => {
    const response = await postGraphQL(subgraph.url, '{ customers(first: 101) { totalCount } }');
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customers.first',
    });
  });

  it('should create a customer with normalized identifiers and refuse a second one with the same email', async () => {
    const email = `New.Person.${Date.now()}@Example.com`;
    const create = (value: string) =>
      postGraphQL<{
        createCustomer: { id: string; email: string; identifiers: Array<{ kind: string; value: string }> };
      }>(
        subgraph.url,
        'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id email identifiers { kind value } } }',
        { input: { displayName: 'New Person', email: value } },
      );
    const first = await create(email);
    expect(first.errors).toBeUndefined();
    expect(first.data!.createCustomer.email).toBe(email.toLowerCase());
    const second = await create(` ${email.toUpperCase()} `);
    expect(second.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.email' });
    const [{ n }] = await sql<{ n: number }>(
      'customers',
      'SELECT count(*)::int AS n FROM customers WHERE email = $1',
      [email.toLowerCase()],
    );
    expect(n).toBe(1);
  });

  it('should reject an invalid email with BAD_USER_INPUT on input.email and write nothing', async () => {
    const response = await postGraphQL(
      subgraph.url,
      'mutation { createCustomer(input: { displayName: "Nobody Valid", email: "not-an-email" }) { id } }',
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.email' });
    const rows = await sql('customers', "SELECT 1 FROM customers WHERE display_name = 'Nobody Valid'");
    expect(rows).toHaveLength(0);
  });
});
