import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { customerId } from '../../scripts/demo/world';
import { entities, fieldNames, schemaFile, serviceSdl } from '../helpers/contract';
import { sql } from '../helpers/db';
import { createTestCustomer, postGraphQL, startTestSubgraph } from '../helpers/stack';

const LENA = customerId(0);
const PRIYA = customerId(1);

describe('sales subgraph contract', () => {
  let customers: RunningSubgraph;
  let sales: RunningSubgraph;
  let buyer: string;
  beforeAll(async () => {
    customers = await startTestSubgraph('customers');
    sales = await startTestSubgraph('sales', customers.url);
    buyer = await createTestCustomer(customers.url);
  });
  afterAll(async () => {
    await sales.stop();
    await customers.stop();
  });

  it('should serve its schema.graphql through _service { sdl }', async () => {
    expect(fieldNames(await serviceSdl(sales.url))).toEqual(fieldNames(schemaFile('sales')));
  });

  it('should resolve Order, PlanSubscription and Opportunity entities with their stored values', async () => {
    const [order] = await sql(
      'sales',
      'SELECT * FROM orders WHERE customer_id = $1 ORDER BY ordered_at LIMIT 1',
      [LENA],
    );
    const lines = await sql('sales', 'SELECT * FROM order_lines WHERE order_id = $1 ORDER BY line_no', [
      order!.id,
    ]);
    const [subscription] = await sql('sales', 'SELECT * FROM subscriptions WHERE customer_id = $1', [LENA]);
    const [opportunity] = await sql('sales', 'SELECT * FROM opportunities WHERE customer_id = $1', [PRIYA]);
    const result = await entities(
      sales.url,
      [
        { __typename: 'Order', id: order!.id },
        { __typename: 'PlanSubscription', id: subscription!.id },
        { __typename: 'Opportunity', id: opportunity!.id },
        { __typename: 'Order', id: '00000000-0000-4000-8000-000000000000' },
      ],
      `... on Order { id customer { id } status total { amountMinor currency } lines { sku quantity unitPrice { amountMinor } } }
       ... on PlanSubscription { id plan subscriptionStatus: status mrr { amountMinor currency } }
       ... on Opportunity { id stage amount { amountMinor currency } }`,
    );
    expect(result).toEqual([
      {
        id: order!.id,
        customer: { id: LENA },
        status: order!.status,
        total: { amountMinor: Number(order!.total_minor), currency: order!.currency },
        lines: lines.map((line) => ({
          sku: line.sku,
          quantity: line.quantity,
          unitPrice: { amountMinor: Number(line.unit_price_minor) },
        })),
      },
      {
        id: subscription!.id,
        plan: subscription!.plan,
        subscriptionStatus: 'ACTIVE',
        mrr: { amountMinor: Number(subscription!.mrr_minor), currency: 'EUR' },
      },
      {
        id: opportunity!.id,
        stage: opportunity!.stage,
        amount: { amountMinor: Number(opportunity!.amount_minor), currency: opportunity!.currency },
      },
      null,
    ]);
  });

  it('should summarise a customer exactly as the stored orders add up', async () => {
    const [expected] = await sql<{ n: number; revenue: string; first: Date; last: Date }>(
      'sales',
      `SELECT count(*)::int AS n, sum(total_minor) AS revenue, min(ordered_at) AS first, max(ordered_at) AS last
       FROM orders WHERE customer_id = $1 AND status IN ('PAID', 'FULFILLED')`,
      [LENA],
    );
    const [customer] = await entities<{ salesSummary: Record<string, unknown> }>(
      sales.url,
      [{ __typename: 'Customer', id: LENA }],
      '... on Customer { salesSummary { paidOrderCount netRevenue { amountMinor currency } firstOrderAt lastOrderAt activeSubscriptionCount openOpportunityCount } }',
    );
    expect(customer!.salesSummary).toEqual({
      paidOrderCount: expected!.n,
      netRevenue: [{ amountMinor: Number(expected!.revenue), currency: 'EUR' }],
      firstOrderAt: expected!.first.toISOString(),
      lastOrderAt: expected!.last.toISOString(),
      activeSubscriptionCount: 1,
      openOpportunityCount: 0,
    });
  });

  it('should give a customer sales has never seen an empty summary and empty lists', async () => {
    const [customer] = await entities(
      sales.url,
      [{ __typename: 'Customer', id: '00000000-0000-4000-8000-000000000000' }],
      '... on Customer { orders { totalCount edges { cursor } } salesSummary { orderCount netRevenue { amountMinor } lastOrderAt } }',
    );
    expect(customer).toEqual({
      orders: { totalCount: 0, edges: [] },
      salesSummary: { orderCount: 0, netRevenue: [], lastOrderAt: null },
    });
  });

  it('should page through orders newest first, continuing after the cursor', async () => {
    const page = (after: string | null) =>
      entities<{
        orders: {
          totalCount: number;
          pageInfo: { endCursor: string; hasNextPage: boolean };
          edges: Array<{ node: { id: string } }>;
        };
      }>(
        sales.url,
        [{ __typename: 'Customer', id: LENA }],
        `... on Customer { orders(first: 10${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { endCursor hasNextPage } edges { node { id } } } }`,
      );
    const stored = await sql(
      'sales',
      'SELECT id FROM orders WHERE customer_id = $1 ORDER BY ordered_at DESC, id DESC',
      [LENA],
    );
    const [first] = await page(null);
    const [second] = await page(first!.orders.pageInfo.endCursor);
    expect(first!.orders.totalCount).toBe(stored.length);
    expect([...first!.orders.edges, ...second!.orders.edges].map((edge) => edge.node.id)).toEqual(
      stored.slice(0, 20).map((row) => row.id),
    );
  });

  describe('placeOrder', () => {
    const mutation = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id total { amountMinor currency } lines { lineTotal { amountMinor } } } }`;
    const input = (clientOrderId: string, overrides: Record<string, unknown> = {}) => ({
      customerId: buyer,
      clientOrderId,
      channel: 'WEB',
      currency: 'EUR',
      lines: [
        { sku: 'SKU-A', quantity: 2, unitPriceMinor: 1250 },
        { sku: 'SKU-B', quantity: 1, unitPriceMinor: 999 },
      ],
      ...overrides,
    });
    const ordersWith = async (clientOrderId: string) =>
      (
        await sql<{ n: number }>(
          'sales',
          'SELECT count(*)::int AS n FROM orders WHERE client_order_id = $1',
          [clientOrderId],
        )
      )[0]!.n;

    it('should store an order with its lines and return its total', async () => {
      const key = `contract-${Date.now()}-a`;
      const response = await postGraphQL<{ placeOrder: { id: string; total: unknown; lines: unknown[] } }>(
        sales.url,
        mutation,
        {
          input: input(key),
        },
      );
      expect(response.errors).toBeUndefined();
      expect(response.data!.placeOrder.total).toEqual({ amountMinor: 3499, currency: 'EUR' });
      expect(response.data!.placeOrder.lines).toEqual([
        { lineTotal: { amountMinor: 2500 } },
        { lineTotal: { amountMinor: 999 } },
      ]);
      const lines = await sql('sales', 'SELECT count(*)::int AS n FROM order_lines WHERE order_id = $1', [
        response.data!.placeOrder.id,
      ]);
      expect(lines[0]!.n).toBe(2);
    });

    it('should replay the first order for the same clientOrderId and payload, and refuse another payload with CONFLICT', async () => {
      const key = `contract-${Date.now()}-b`;
      const first = await postGraphQL<{ placeOrder: { id: string } }>(sales.url, mutation, {
        input: input(key),
      });
      const replay = await postGraphQL<{ placeOrder: { id: string } }>(sales.url, mutation, {
        input: input(key),
      });
      expect(replay.data).toEqual(first.data);
      const changed = await postGraphQL(sales.url, mutation, { input: input(key, { currency: 'USD' }) });
      expect(changed.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.clientOrderId',
      });
      expect(await ordersWith(key)).toBe(1);
    });

    it.each([
      [{ lines: [{ sku: 'SKU-A', quantity: 0, unitPriceMinor: 100 }] }, 'input.lines.0.quantity'],
      [{ lines: [{ sku: 'SKU-A', quantity: 1, unitPriceMinor: -1 }] }, 'input.lines.0.unitPriceMinor'],
      [{ currency: 'EURO' }, 'input.currency'],
      [{ orderedAt: '2999-01-01T00:00:00Z' }, 'input.orderedAt'],
      [{ lines: [] }, 'input.lines'],
    ])('should reject %j with BAD_USER_INPUT on %s and write nothing', async (overrides, field) => {
      const key = `contract-${Date.now()}-${field}`;
      const response = await postGraphQL(sales.url, mutation, { input: input(key, overrides) });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await ordersWith(key)).toBe(0);
    });

    it('should answer NOT_FOUND for a customer the customers subgraph does not know', async () => {
      const key = `contract-${Date.now()}-c`;
      const response = await postGraphQL(sales.url, mutation, {
        input: input(key, { customerId: '00000000-0000-4000-8000-000000000000' }),
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.customerId',
      });
      expect(await ordersWith(key)).toBe(0);
    });
  });

  describe('changeSubscription', () => {
    const mutation = `mutation ($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { id plan status mrr { amountMinor } cancelledAt } }`;

    it('should start, change and cancel a subscription, and refuse to cancel it twice', async () => {
      const started = await postGraphQL<{ changeSubscription: { id: string; status: string } }>(
        sales.url,
        mutation,
        {
          input: { customerId: buyer, action: 'START', plan: 'basic', mrrMinor: 900, currency: 'EUR' },
        },
      );
      expect(started.data!.changeSubscription.status).toBe('ACTIVE');
      const id = started.data!.changeSubscription.id;
      const changed = await postGraphQL(sales.url, mutation, {
        input: { customerId: buyer, action: 'CHANGE_PLAN', subscriptionId: id, plan: 'pro', mrrMinor: 4900 },
      });
      expect(changed.data).toMatchObject({ changeSubscription: { plan: 'pro', mrr: { amountMinor: 4900 } } });
      const cancelled = await postGraphQL(sales.url, mutation, {
        input: { customerId: buyer, action: 'CANCEL', subscriptionId: id, reason: 'test' },
      });
      expect(cancelled.data).toMatchObject({ changeSubscription: { status: 'CANCELLED' } });
      const again = await postGraphQL(sales.url, mutation, {
        input: { customerId: buyer, action: 'CANCEL', subscriptionId: id },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    });

    it('should require a plan to start a subscription', async () => {
      const response = await postGraphQL(sales.url, mutation, {
        input: { customerId: buyer, action: 'START', mrrMinor: 900, currency: 'EUR' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plan' });
    });
  });
});
