import { randomUUID } from 'node:crypto';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { customerId } from '../../scripts/demo/world';
import { freshKey, itReplaysAndRefusesReusedKeys, withClientKey } from '../helpers/client-keys';
import { entities, fieldNames, schemaFile, serviceSdl } from '../helpers/contract';
import { sql } from '../helpers/db';
import { createTestCustomer, postGraphQL, startTestSubgraph } from '../helpers/stack';

const LENA = customerId(0);
const PRIYA = customerId(1);
const CARLOS = customerId(2);
const HUGO = customerId(4);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const DAY_MS = 24 * 60 * 60 * 1000;
/** 2^53 − 1, the largest amount a Long carries. */
const MAX_LONG = Number.MAX_SAFE_INTEGER;

type Row = Record<string, any>;

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);
/** A unique key or name, so parallel workers and reruns never collide. */
const unique = (label: string) => `contract-sales-${label}-${randomUUID()}`;

interface Page<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ node: T }>;
}

const OPPORTUNITY_FIELDS =
  'id customer { id } name stage amount { amountMinor currency } expectedCloseAt createdAt updatedAt';
const SUBSCRIPTION_FIELDS =
  'id customer { id } plan status mrr { amountMinor currency } startedAt cancelledAt cancelReason updatedAt';

/** An opportunity as the API must show it, from its stored row. */
const opportunityFromRow = (row: Row) => ({
  id: row.id,
  customer: { id: row.customer_id },
  name: row.name,
  stage: row.stage,
  amount: { amountMinor: Number(row.amount_minor), currency: row.currency },
  expectedCloseAt: iso(row.expected_close_at),
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
});

/** A subscription as the API must show it, from its stored row. */
const subscriptionFromRow = (row: Row) => ({
  id: row.id,
  customer: { id: row.customer_id },
  plan: row.plan,
  status: row.status,
  mrr: { amountMinor: Number(row.mrr_minor), currency: row.currency },
  startedAt: iso(row.started_at),
  cancelledAt: iso(row.cancelled_at),
  cancelReason: row.cancel_reason,
  updatedAt: iso(row.updated_at),
});

/**
 * The fresh customers the writing tests use, one per purpose. They are created together at the start:
 * other workers count all customers, and one burst of creations disturbs them less than ten spread out.
 */
const FRESH = [
  'buyer',
  'bigAmount',
  'maxTotal',
  'overflow',
  'sameIdA',
  'sameIdB',
  'concurrent',
  'statuses',
  'opportunities',
  'paging',
  'activity',
  'kpiA',
  'kpiB',
  'forget',
] as const;

/** postGraphQL, with a fresh client key for a mutation whose test gives none (`withClientKey`). */
const post = <T = Record<string, unknown>>(url: string, query: string, variables?: { input?: unknown }) =>
  postGraphQL<T>(
    url,
    query,
    variables?.input
      ? { ...variables, input: withClientKey(query, variables.input as Record<string, unknown>) }
      : variables,
  );

describe('sales subgraph contract', () => {
  let customers: RunningSubgraph;
  let sales: RunningSubgraph;
  let fresh: Record<(typeof FRESH)[number], string>;
  let buyer: string;
  beforeAll(async () => {
    customers = await startTestSubgraph('customers');
    sales = await startTestSubgraph('sales', customers.url);
    const ids = await Promise.all(
      FRESH.map((purpose) => createTestCustomer(customers.url, `Sales ${purpose}`)),
    );
    fresh = Object.fromEntries(FRESH.map((purpose, index) => [purpose, ids[index]!])) as typeof fresh;
    buyer = fresh.buyer;
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
      const response = await post<{ placeOrder: { id: string; total: unknown; lines: unknown[] } }>(
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
      const first = await post<{ placeOrder: { id: string } }>(sales.url, mutation, {
        input: input(key),
      });
      const replay = await post<{ placeOrder: { id: string } }>(sales.url, mutation, {
        input: input(key),
      });
      expect(replay.data).toEqual(first.data);
      const changed = await post(sales.url, mutation, { input: input(key, { currency: 'USD' }) });
      expect(changed.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.clientOrderId',
      });
      expect(await ordersWith(key)).toBe(1);
    });

    it.each([
      [{ lines: [{ sku: 'SKU-A', quantity: 0, unitPriceMinor: 100 }] }, 'input.lines.0.quantity'],
      [{ lines: [{ sku: 'SKU-A', quantity: 1, unitPriceMinor: -1 }] }, 'input.lines.0.unitPriceMinor'],
      [{ lines: [{ sku: 'SKU-A', quantity: 1_000_001, unitPriceMinor: 1 }] }, 'input.lines.0.quantity'],
      [
        { lines: [{ sku: 'SKU-A', quantity: 1, unitPriceMinor: 1_000_000_000_001 }] },
        'input.lines.0.unitPriceMinor',
      ],
      // Each line is within bounds, and alone within 2^53 − 1; together they are not.
      [
        {
          lines: [
            { sku: 'SKU-A', quantity: 5_000, unitPriceMinor: 1_000_000_000_000 },
            { sku: 'SKU-B', quantity: 5_000, unitPriceMinor: 1_000_000_000_000 },
          ],
        },
        'input.lines',
      ],
      [{ lines: [{ sku: 'SKU-A', quantity: 9_008, unitPriceMinor: 1_000_000_000_000 }] }, 'input.lines'],
      [{ currency: 'EURO' }, 'input.currency'],
      [{ orderedAt: '2999-01-01T00:00:00Z' }, 'input.orderedAt'],
      [{ lines: [] }, 'input.lines'],
    ])('should reject %j with BAD_USER_INPUT on %s and write nothing', async (overrides, field) => {
      const key = `contract-${Date.now()}-${field}`;
      const response = await post(sales.url, mutation, { input: input(key, overrides) });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await ordersWith(key)).toBe(0);
    });

    it('should answer NOT_FOUND for a customer the customers subgraph does not know', async () => {
      const key = `contract-${Date.now()}-c`;
      const response = await post(sales.url, mutation, {
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
      const started = await post<{ changeSubscription: { id: string; status: string } }>(
        sales.url,
        mutation,
        {
          input: { customerId: buyer, action: 'START', plan: 'basic', mrrMinor: 900, currency: 'EUR' },
        },
      );
      expect(started.data!.changeSubscription.status).toBe('ACTIVE');
      const id = started.data!.changeSubscription.id;
      const changed = await post(sales.url, mutation, {
        input: { customerId: buyer, action: 'CHANGE_PLAN', subscriptionId: id, plan: 'pro', mrrMinor: 4900 },
      });
      expect(changed.data).toMatchObject({ changeSubscription: { plan: 'pro', mrr: { amountMinor: 4900 } } });
      const cancelled = await post(sales.url, mutation, {
        input: { customerId: buyer, action: 'CANCEL', subscriptionId: id, reason: 'test' },
      });
      expect(cancelled.data).toMatchObject({ changeSubscription: { status: 'CANCELLED' } });
      const again = await post(sales.url, mutation, {
        input: { customerId: buyer, action: 'CANCEL', subscriptionId: id },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT' });
    });

    it('should require a plan to start a subscription', async () => {
      const response = await post(sales.url, mutation, {
        input: { customerId: buyer, action: 'START', mrrMinor: 900, currency: 'EUR' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.plan' });
    });
  });

  describe('client keys', () => {
    const CHANGE = `#graphql
      mutation ($input: ChangeSubscriptionInput!) {
        changeSubscription(input: $input) { ${SUBSCRIPTION_FIELDS} }
      }`;
    const UPSERT = `#graphql
      mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { ${OPPORTUNITY_FIELDS} } }`;
    const person = () => createTestCustomer(customers.url, 'Sales keys');
    const rowsOf = (table: string, customerId: unknown) =>
      sql('sales', `SELECT * FROM ${table} WHERE customer_id = $1 ORDER BY id`, [customerId]);
    /** A fresh customer with an active subscription. */
    const subscribed = async () => {
      const customerId = await person();
      const started = await post<{ changeSubscription: { id: string } }>(sales.url, CHANGE, {
        input: { customerId, action: 'START', plan: 'basic', mrrMinor: 900, currency: 'EUR' },
      });
      return { customerId, subscriptionId: started.data!.changeSubscription.id };
    };
    const opportunity = (customerId: string) => ({
      customerId,
      name: unique('keyed-deal'),
      stage: 'PROSPECTING',
      amountMinor: 50_000,
      currency: 'EUR',
    });

    itReplaysAndRefusesReusedKeys(
      [
        {
          name: 'changeSubscription START',
          mutation: CHANGE,
          keyField: 'clientEventId',
          input: async () => ({
            customerId: await person(),
            action: 'START',
            plan: 'basic',
            mrrMinor: 900,
            currency: 'EUR',
          }),
          otherPayload: (input) => ({ ...input, plan: 'pro' }),
          later: (input, first) => ({
            ...input,
            action: 'CANCEL',
            subscriptionId: first.id,
            plan: null,
            mrrMinor: null,
            currency: null,
          }),
          stored: (input) => rowsOf('subscriptions', input.customerId),
        },
        {
          name: 'changeSubscription CHANGE_PLAN',
          mutation: CHANGE,
          keyField: 'clientEventId',
          input: async () => ({
            ...(await subscribed()),
            action: 'CHANGE_PLAN',
            plan: 'pro',
            mrrMinor: 4900,
          }),
          otherPayload: (input) => ({ ...input, mrrMinor: 5900 }),
          later: (input) => ({ ...input, plan: 'team', mrrMinor: 9900 }),
          stored: (input) => rowsOf('subscriptions', input.customerId),
        },
        {
          name: 'upsertOpportunity',
          mutation: UPSERT,
          keyField: 'clientEventId',
          input: async () => opportunity(await person()),
          otherPayload: (input) => ({ ...input, amountMinor: 60_000 }),
          later: (input, first) => ({ ...input, id: first.id, stage: 'NEGOTIATION' }),
          stored: (input) => rowsOf('opportunities', input.customerId),
        },
      ],
      (mutation, input) => post(sales.url, mutation, { input }),
    );

    it('should answer the cancellation again, not "already cancelled", when a CANCEL is replayed with its clientEventId', async () => {
      const { customerId, subscriptionId } = await subscribed();
      const cancel = {
        customerId,
        subscriptionId,
        action: 'CANCEL',
        reason: 'too dear',
        clientEventId: freshKey('cancel'),
      };
      const first = await post(sales.url, CHANGE, { input: cancel });
      expect(first.errors).toBeUndefined();
      const stored = await rowsOf('subscriptions', customerId);

      const replay = await post(sales.url, CHANGE, { input: cancel });

      expect(replay).toEqual(first);
      expect(await rowsOf('subscriptions', customerId)).toEqual(stored);
    });

    it('should answer CONFLICT at input.clientEventId when another customer reuses an upsertOpportunity key', async () => {
      const [first, second] = [await person(), await person()];
      const clientEventId = freshKey('opportunity');
      const stored = await post(sales.url, UPSERT, { input: { ...opportunity(first), clientEventId } });
      expect(stored.errors).toBeUndefined();

      const reused = await post(sales.url, UPSERT, { input: { ...opportunity(second), clientEventId } });

      expect(reused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.clientEventId',
      });
      expect(await rowsOf('opportunities', second)).toEqual([]);
    });
  });

  describe('placeOrder amounts beyond 32 bits', () => {
    const mutation = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) {
      id total { amountMinor currency } lines { quantity unitPrice { amountMinor } lineTotal { amountMinor } } } }`;
    const place = (customerId: string, lines: unknown[]) =>
      post<{ placeOrder: { id: string; total: unknown; lines: unknown[] } }>(sales.url, mutation, {
        input: { customerId, clientOrderId: unique('long'), channel: 'WEB', currency: 'EUR', lines },
      });

    it('should store and return a unit price above 2^31 exactly, in the order, its lines and the summary', async () => {
      const customer = fresh.bigAmount;
      const response = await place(customer, [
        { sku: 'SKU-BIG', quantity: 3, unitPriceMinor: 3_000_000_000 },
      ]);
      expect(response.errors).toBeUndefined();
      expect(response.data!.placeOrder).toEqual({
        id: expect.any(String),
        total: { amountMinor: 9_000_000_000, currency: 'EUR' },
        lines: [
          {
            quantity: 3,
            unitPrice: { amountMinor: 3_000_000_000 },
            lineTotal: { amountMinor: 9_000_000_000 },
          },
        ],
      });
      const id = response.data!.placeOrder.id;
      const [order] = await sql('sales', 'SELECT total_minor::text AS total FROM orders WHERE id = $1', [id]);
      const [line] = await sql(
        'sales',
        'SELECT unit_price_minor::text AS price FROM order_lines WHERE order_id = $1',
        [id],
      );
      expect([order!.total, line!.price]).toEqual(['9000000000', '3000000000']);
      const [customerView] = await entities<{ salesSummary: unknown }>(
        sales.url,
        [{ __typename: 'Customer', id: customer }],
        '... on Customer { salesSummary { netRevenue { amountMinor currency } averageOrderValue { amountMinor } } }',
      );
      expect(customerView!.salesSummary).toEqual({
        netRevenue: [{ amountMinor: 9_000_000_000, currency: 'EUR' }],
        averageOrderValue: [{ amountMinor: 9_000_000_000 }],
      });
    });

    it('should accept an order whose total is exactly 2^53 − 1 and store it exactly', async () => {
      const customer = fresh.maxTotal;
      // 9,007 × 10^12 + 199,254,740,991 = 9,007,199,254,740,991 = 2^53 − 1.
      const response = await place(customer, [
        { sku: 'SKU-A', quantity: 9_007, unitPriceMinor: 1_000_000_000_000 },
        { sku: 'SKU-B', quantity: 1, unitPriceMinor: 199_254_740_991 },
      ]);
      expect(response.errors).toBeUndefined();
      expect(response.data!.placeOrder.total).toEqual({ amountMinor: MAX_LONG, currency: 'EUR' });
      const [order] = await sql('sales', 'SELECT total_minor::text AS total FROM orders WHERE id = $1', [
        response.data!.placeOrder.id,
      ]);
      expect(order!.total).toBe('9007199254740991');
    });

    it('should refuse an order whose total exceeds 2^53 − 1 with BAD_USER_INPUT on input.lines and write nothing', async () => {
      const customer = fresh.overflow;
      const response = await place(customer, [
        { sku: 'SKU-A', quantity: 9_007, unitPriceMinor: 1_000_000_000_000 },
        { sku: 'SKU-B', quantity: 1, unitPriceMinor: 199_254_740_992 },
      ]);
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.lines',
      });
      const [{ n }] = await sql<{ n: number }>(
        'sales',
        'SELECT count(*)::int AS n FROM orders WHERE customer_id = $1',
        [customer],
      );
      expect(n).toBe(0);
    });
  });

  describe('clientOrderId across customers', () => {
    const mutation = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id customer { id } clientOrderId total { amountMinor } } }`;
    const input = (customerId: string, clientOrderId: string, unitPriceMinor = 100) => ({
      customerId,
      clientOrderId,
      channel: 'WEB',
      currency: 'EUR',
      lines: [{ sku: 'SKU-A', quantity: 1, unitPriceMinor }],
    });

    it('should answer CONFLICT at input.clientOrderId and store nothing when another customer reuses a clientOrderId with the same lines', async () => {
      const [first, second] = [fresh.sameIdA, fresh.sameIdB];
      const key = freshKey('same-id');
      type Placed = { placeOrder: { id: string; customer: { id: string }; clientOrderId: string } };
      const a = await post<Placed>(sales.url, mutation, { input: input(first, key) });
      expect(a.errors).toBeUndefined();
      expect(a.data!.placeOrder).toMatchObject({ customer: { id: first }, clientOrderId: key });

      const b = await post(sales.url, mutation, { input: input(second, key) });

      expect(b.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.clientOrderId' });
      const replayA = await post<Placed>(sales.url, mutation, { input: input(first, key) });
      expect(replayA).toEqual(a);
      const stored = await sql('sales', 'SELECT customer_id, id FROM orders WHERE client_order_id = $1', [
        key,
      ]);
      expect(stored).toEqual([{ customer_id: first, id: a.data!.placeOrder.id }]);
    });

    it('should answer concurrent identical requests with one order, stored once', async () => {
      const customer = fresh.concurrent;
      const key = freshKey('concurrent');
      type Placed = { placeOrder: { id: string } };
      const responses = await Promise.all(
        [1, 2, 3, 4, 5, 6].map(() => post<Placed>(sales.url, mutation, { input: input(customer, key, 500) })),
      );
      const ids = responses.map((response) => response.data?.placeOrder.id);
      expect(responses.map((response) => response.errors)).toEqual(responses.map(() => undefined));
      expect(new Set(ids).size).toBe(1);
      const stored = await sql('sales', 'SELECT id FROM orders WHERE customer_id = $1', [customer]);
      expect(stored.map((row) => row.id)).toEqual([ids[0]]);
    });
  });

  describe('orders(status:)', () => {
    let owner: string;
    const statuses = ['PENDING', 'PAID', 'FULFILLED', 'CANCELLED', 'REFUNDED', 'PAID'];
    beforeAll(async () => {
      owner = fresh.statuses;
      const now = Date.now();
      for (const [index, status] of statuses.entries()) {
        const response = await post(
          sales.url,
          'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
          {
            input: {
              customerId: owner,
              clientOrderId: `status-${index}`,
              channel: 'APP',
              currency: 'EUR',
              status,
              orderedAt: new Date(now - (index + 1) * DAY_MS).toISOString(),
              lines: [{ sku: 'SKU-A', quantity: 1, unitPriceMinor: 100 * (index + 1) }],
            },
          },
        );
        expect(response.errors).toBeUndefined();
      }
    });

    const storedIds = async (only: string[] | null) =>
      (
        await sql(
          'sales',
          `SELECT id FROM orders WHERE customer_id = $1 AND ($2::text[] IS NULL OR status = ANY($2::text[]))
           ORDER BY ordered_at DESC, id DESC`,
          [owner, only],
        )
      ).map((row) => row.id);
    const ids = (page: Page<{ id: string; status: string }>) => page.edges.map((edge) => edge.node.id);

    it('should list only orders in the given statuses, newest first, next to the unfiltered list in one request', async () => {
      const [customer] = await entities<Record<string, Page<{ id: string; status: string }>>>(
        sales.url,
        [{ __typename: 'Customer', id: owner }],
        `... on Customer {
          all: orders { totalCount edges { node { id status } } }
          paid: orders(status: [PAID, FULFILLED]) { totalCount edges { node { id status } } }
          refunded: orders(status: [REFUNDED]) { totalCount edges { node { id status } } }
        }`,
      );
      expect(customer!.all!.totalCount).toBe(6);
      expect(ids(customer!.all!)).toEqual(await storedIds(null));
      expect(customer!.paid!.totalCount).toBe(3);
      expect(ids(customer!.paid!)).toEqual(await storedIds(['PAID', 'FULFILLED']));
      expect(customer!.paid!.edges.map((edge) => edge.node.status)).toEqual(['PAID', 'FULFILLED', 'PAID']);
      expect(customer!.refunded!.totalCount).toBe(1);
      expect(ids(customer!.refunded!)).toEqual(await storedIds(['REFUNDED']));
    });

    it('should page a filtered list after its cursor without leaving the filter', async () => {
      const page = async (after: string | null) =>
        (
          await entities<{ orders: Page<{ id: string; status: string }> }>(
            sales.url,
            [{ __typename: 'Customer', id: owner }],
            `... on Customer { orders(first: 2, status: [PAID, FULFILLED, PENDING]${after ? `, after: "${after}"` : ''}) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id status } } } }`,
          )
        )[0]!.orders;
      const first = await page(null);
      const second = await page(first.pageInfo.endCursor);
      expect([first.totalCount, second.totalCount]).toEqual([4, 4]);
      expect([first.pageInfo.hasNextPage, second.pageInfo.hasNextPage]).toEqual([true, false]);
      expect([first.pageInfo.hasPreviousPage, second.pageInfo.hasPreviousPage]).toEqual([false, true]);
      expect([...ids(first), ...ids(second)]).toEqual(await storedIds(['PAID', 'FULFILLED', 'PENDING']));
    });
  });

  describe('upsertOpportunity', () => {
    const mutation = `mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { ${OPPORTUNITY_FIELDS} } }`;
    type Upserted = { upsertOpportunity: ReturnType<typeof opportunityFromRow> };
    let owner: string;
    beforeAll(() => {
      owner = fresh.opportunities;
    });
    const input = (overrides: Record<string, unknown> = {}) => ({
      customerId: owner,
      name: unique('deal'),
      stage: 'PROPOSAL',
      amountMinor: 125_000,
      currency: 'EUR',
      expectedCloseAt: new Date(Date.now() + 90 * DAY_MS).toISOString(),
      ...overrides,
    });
    const stored = async (id: string) =>
      (await sql('sales', 'SELECT * FROM opportunities WHERE id = $1', [id]))[0];
    const countNamed = async (name: unknown) =>
      (
        await sql<{ n: number }>('sales', 'SELECT count(*)::int AS n FROM opportunities WHERE name = $1', [
          name,
        ])
      )[0]!.n;

    it('should create an opportunity and return exactly what it stored', async () => {
      const given = input();
      const response = await post<Upserted>(sales.url, mutation, { input: given });
      expect(response.errors).toBeUndefined();
      const created = response.data!.upsertOpportunity;
      expect(created).toMatchObject({
        customer: { id: owner },
        name: given.name,
        stage: 'PROPOSAL',
        amount: { amountMinor: 125_000, currency: 'EUR' },
        expectedCloseAt: given.expectedCloseAt,
      });
      expect(created.createdAt).toBe(created.updatedAt);
      expect(created).toEqual(opportunityFromRow((await stored(created.id))!));
    });

    it('should update the opportunity given by id, keeping its id and creation time', async () => {
      const first = await post<Upserted>(sales.url, mutation, { input: input() });
      const id = first.data!.upsertOpportunity.id;
      const name = unique('renamed');
      const response = await post<Upserted>(sales.url, mutation, {
        input: input({ id, name, stage: 'NEGOTIATION', amountMinor: 3_000_000_000, expectedCloseAt: null }),
      });
      expect(response.errors).toBeUndefined();
      const updated = response.data!.upsertOpportunity;
      expect(updated).toEqual({
        ...first.data!.upsertOpportunity,
        name,
        stage: 'NEGOTIATION',
        amount: { amountMinor: 3_000_000_000, currency: 'EUR' },
        expectedCloseAt: null,
        updatedAt: updated.updatedAt,
      });
      expect(Date.parse(updated.updatedAt!)).toBeGreaterThanOrEqual(
        Date.parse(first.data!.upsertOpportunity.updatedAt!),
      );
      expect(updated).toEqual(opportunityFromRow((await stored(id))!));
      const [{ n }] = await sql<{ n: number }>(
        'sales',
        'SELECT count(*)::int AS n FROM opportunities WHERE id = $1',
        [id],
      );
      expect(n).toBe(1);
    });

    it('should answer NOT_FOUND on input.id for an unknown id, or one of another customer, and write nothing', async () => {
      const unknownId = randomUUID();
      const unknown = input({ id: unknownId });
      const response = await post(sales.url, mutation, { input: unknown });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
      expect(await stored(unknownId)).toBeUndefined();
      expect(await countNamed(unknown.name)).toBe(0);

      const [theirs] = await sql<Row>('sales', 'SELECT * FROM opportunities WHERE customer_id = $1', [PRIYA]);
      const foreign = input({ id: theirs!.id });
      const other = await post(sales.url, mutation, { input: foreign });
      expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.id' });
      expect(await stored(theirs!.id)).toEqual(theirs);
      expect(await countNamed(foreign.name)).toBe(0);
    });

    it('should answer NOT_FOUND on input.customerId for a customer the customers subgraph does not know', async () => {
      const given = input({ customerId: UNKNOWN });
      const response = await post(sales.url, mutation, { input: given });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.customerId',
      });
      expect(await countNamed(given.name)).toBe(0);
    });

    it.each([
      [{ amountMinor: -1 }, 'input.amountMinor'],
      [{ amountMinor: 1_000_000_000_001 }, 'input.amountMinor'],
      [{ currency: 'EURO' }, 'input.currency'],
      [{ name: '   ' }, 'input.name'],
      [{ customerId: 'not-a-uuid' }, 'input.customerId'],
      [{ id: 'not-a-uuid' }, 'input.id'],
      [{ expectedCloseAt: new Date(Date.now() + 11 * 365 * DAY_MS).toISOString() }, 'input.expectedCloseAt'],
    ])('should reject %j with BAD_USER_INPUT on %s and write nothing', async (overrides, field) => {
      const given = input(overrides);
      const response = await post(sales.url, mutation, { input: given });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await countNamed(given.name)).toBe(0);
    });

    it.each([
      ['a stage that is not an OpportunityStage', { stage: 'CLOSED' }],
      ['an amount beyond 2^53 − 1', { amountMinor: MAX_LONG + 1 }],
      ['a fractional amount', { amountMinor: 1.5 }],
    ])('should reject %s with BAD_USER_INPUT and write nothing', async (_what, overrides) => {
      const given = input(overrides);
      const response = await post(sales.url, mutation, { input: given });
      expect(response.data).toBeUndefined();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(await countNamed(given.name)).toBe(0);
    });
  });

  describe('subscriptions and opportunities connections', () => {
    let owner: string;
    const subscriptionIds: string[] = [];
    beforeAll(async () => {
      owner = fresh.paging;
      const now = Date.now();
      // Two subscriptions start at the same instant, so the id breaks the tie.
      const starts = [5, 4, 4, 2, 1].map((days) => new Date(now - days * DAY_MS).toISOString());
      for (const [index, at] of starts.entries()) {
        const response = await post<{ changeSubscription: { id: string } }>(
          sales.url,
          'mutation ($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { id } }',
          {
            input: {
              customerId: owner,
              action: 'START',
              plan: `plan-${index}`,
              mrrMinor: 1_000 * (index + 1),
              currency: 'EUR',
              trial: index === 4,
              at,
            },
          },
        );
        expect(response.errors).toBeUndefined();
        subscriptionIds.push(response.data!.changeSubscription.id);
      }
      const cancel = await post(
        sales.url,
        'mutation ($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { id } }',
        {
          input: {
            customerId: owner,
            action: 'CANCEL',
            subscriptionId: subscriptionIds[1],
            reason: 'paging test',
          },
        },
      );
      expect(cancel.errors).toBeUndefined();

      const opportunityIds: string[] = [];
      for (const index of [0, 1, 2, 3, 4]) {
        const response = await post<{ upsertOpportunity: { id: string } }>(
          sales.url,
          'mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { id } }',
          {
            input: {
              customerId: owner,
              name: `Deal ${index}`,
              stage: 'PROSPECTING',
              amountMinor: 10_000 * (index + 1),
              currency: 'EUR',
            },
          },
        );
        expect(response.errors).toBeUndefined();
        opportunityIds.push(response.data!.upsertOpportunity.id);
      }
      // Updating the oldest makes it the most recently updated.
      const update = await post(
        sales.url,
        'mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { id } }',
        {
          input: {
            id: opportunityIds[0],
            customerId: owner,
            name: 'Deal 0',
            stage: 'WON',
            amountMinor: 10_000,
            currency: 'EUR',
          },
        },
      );
      expect(update.errors).toBeUndefined();
    });

    /** Walks a list two at a time through `_entities`, the way the gateway asks. */
    async function walk<T>(field: 'subscriptions' | 'opportunities', fields: string) {
      const pages: Array<Page<T>> = [];
      let after: string | null = null;
      do {
        const [customer]: Array<Record<string, Page<T>> | null> = await entities<Record<string, Page<T>>>(
          sales.url,
          [{ __typename: 'Customer', id: owner }],
          `... on Customer { ${field}(first: 2${after ? `, after: "${after}"` : ''}) {
            totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { ${fields} } } } }`,
        );
        const page: Page<T> = customer![field]!;
        pages.push(page);
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after && pages.length < 10);
      return {
        nodes: pages.flatMap((page) => page.edges.map((edge) => edge.node)),
        totals: pages.map((page) => page.totalCount),
        hasNext: pages.map((page) => page.pageInfo.hasNextPage),
        hasPrevious: pages.map((page) => page.pageInfo.hasPreviousPage),
      };
    }

    it('should page subscriptions most recently started first, exactly as stored', async () => {
      const rows = await sql(
        'sales',
        'SELECT * FROM subscriptions WHERE customer_id = $1 ORDER BY started_at DESC, id DESC',
        [owner],
      );
      const result = await walk<ReturnType<typeof subscriptionFromRow>>('subscriptions', SUBSCRIPTION_FIELDS);
      expect(result.totals).toEqual([5, 5, 5]);
      expect(result.hasNext).toEqual([true, true, false]);
      expect(result.hasPrevious).toEqual([false, true, true]);
      expect(result.nodes).toEqual(rows.map(subscriptionFromRow));
      // Started 1, 2, 4, 4 and 5 days ago; plan-1 and plan-2 tie, and the larger id comes first.
      const tie = subscriptionIds[1]! > subscriptionIds[2]! ? ['plan-1', 'plan-2'] : ['plan-2', 'plan-1'];
      expect(result.nodes.map((node) => node.plan)).toEqual(['plan-4', 'plan-3', ...tie, 'plan-0']);
      expect(Object.fromEntries(result.nodes.map((node) => [node.plan, node.status]))).toEqual({
        'plan-0': 'ACTIVE',
        'plan-1': 'CANCELLED',
        'plan-2': 'ACTIVE',
        'plan-3': 'ACTIVE',
        'plan-4': 'TRIALING',
      });
    });

    it('should page opportunities most recently updated first, exactly as stored', async () => {
      const rows = await sql(
        'sales',
        'SELECT * FROM opportunities WHERE customer_id = $1 ORDER BY updated_at DESC, id DESC',
        [owner],
      );
      const result = await walk<ReturnType<typeof opportunityFromRow>>('opportunities', OPPORTUNITY_FIELDS);
      expect(result.totals).toEqual([5, 5, 5]);
      expect(result.hasNext).toEqual([true, true, false]);
      expect(result.hasPrevious).toEqual([false, true, true]);
      expect(result.nodes).toEqual(rows.map(opportunityFromRow));
      expect(result.nodes.map((node) => node.name)).toEqual([
        'Deal 0',
        'Deal 4',
        'Deal 3',
        'Deal 2',
        'Deal 1',
      ]);
      expect(result.nodes[0]!.stage).toBe('WON');
    });
  });

  describe('merged customers (mergedIds required from the customers subgraph)', () => {
    const SUMMARY = `salesSummary {
      orderCount paidOrderCount paidOrderCount365d paidOrderCount90d netRevenue { amountMinor currency }
      firstOrderAt lastOrderAt activeSubscriptionCount openOpportunityCount openOpportunityIds }`;
    const LISTS =
      'orders(first: 1) { totalCount } subscriptions(first: 1) { totalCount } opportunities(first: 1) { totalCount }';

    /** The summary figures of a set of customers' rows, straight from the tables. */
    async function storedSummary(ids: string[]) {
      const [orders] = await sql(
        'sales',
        `SELECT count(*)::int AS n,
                count(*) FILTER (WHERE status IN ('PAID', 'FULFILLED'))::int AS paid,
                count(*) FILTER (WHERE status IN ('PAID', 'FULFILLED') AND ordered_at > now() - interval '365 days')::int AS paid365,
                count(*) FILTER (WHERE status IN ('PAID', 'FULFILLED') AND ordered_at > now() - interval '90 days')::int AS paid90,
                sum(total_minor) FILTER (WHERE status IN ('PAID', 'FULFILLED')) AS revenue,
                min(ordered_at) FILTER (WHERE status IN ('PAID', 'FULFILLED')) AS first,
                max(ordered_at) FILTER (WHERE status IN ('PAID', 'FULFILLED')) AS last
         FROM orders WHERE customer_id = ANY($1)`,
        [ids],
      );
      const [subscriptions] = await sql(
        'sales',
        `SELECT count(*)::int AS n FROM subscriptions
         WHERE customer_id = ANY($1) AND status IN ('TRIALING', 'ACTIVE', 'PAST_DUE')`,
        [ids],
      );
      const open = await sql(
        'sales',
        `SELECT id FROM opportunities WHERE customer_id = ANY($1) AND stage NOT IN ('WON', 'LOST')
         ORDER BY updated_at DESC, id DESC`,
        [ids],
      );
      return {
        orderCount: orders!.n,
        paidOrderCount: orders!.paid,
        paidOrderCount365d: orders!.paid365,
        paidOrderCount90d: orders!.paid90,
        netRevenue:
          orders!.revenue === null ? [] : [{ amountMinor: Number(orders!.revenue), currency: 'EUR' }],
        firstOrderAt: iso(orders!.first),
        lastOrderAt: iso(orders!.last),
        activeSubscriptionCount: subscriptions!.n,
        openOpportunityCount: open.length,
        openOpportunityIds: open.slice(0, 10).map((row) => row.id),
      };
    }
    const countOf = async (table: string, ids: string[]) =>
      (
        await sql<{ n: number }>(
          'sales',
          `SELECT count(*)::int AS n FROM ${table} WHERE customer_id = ANY($1)`,
          [ids],
        )
      )[0]!.n;

    it("should add up both customers' orders, subscriptions and opportunities when mergedIds names the other", async () => {
      const [merged, lena, hugo] = await entities<Record<string, { totalCount: number }>>(
        sales.url,
        [
          { __typename: 'Customer', id: LENA, mergedIds: [HUGO] },
          { __typename: 'Customer', id: LENA },
          { __typename: 'Customer', id: HUGO },
        ],
        `... on Customer { ${SUMMARY} ${LISTS} }`,
      );
      const both = [LENA, HUGO];
      expect(merged).toEqual({
        salesSummary: await storedSummary(both),
        orders: { totalCount: await countOf('orders', both) },
        subscriptions: { totalCount: await countOf('subscriptions', both) },
        opportunities: { totalCount: await countOf('opportunities', both) },
      });
      // The same batch still answers each customer alone for their own rows.
      expect(lena!.salesSummary).toEqual(await storedSummary([LENA]));
      expect(hugo!.salesSummary).toEqual(await storedSummary([HUGO]));
      expect(merged!.orders!.totalCount).toBe(lena!.orders!.totalCount + hugo!.orders!.totalCount);
      expect(lena!.orders!.totalCount).toBeGreaterThan(0);
      expect(hugo!.orders!.totalCount).toBeGreaterThan(0);
      expect(merged!.subscriptions!.totalCount).toBe(2);
    });

    it('should page the orders of a merged customer newest first across both, with one total', async () => {
      const stored = await sql(
        'sales',
        'SELECT id FROM orders WHERE customer_id = ANY($1) ORDER BY ordered_at DESC, id DESC',
        [[LENA, HUGO]],
      );
      const pages: Array<Page<{ id: string; customer: { id: string } }>> = [];
      let after: string | null = null;
      do {
        const [customer]: Array<{ orders: Page<{ id: string; customer: { id: string } }> } | null> =
          await entities(
            sales.url,
            [{ __typename: 'Customer', id: LENA, mergedIds: [HUGO] }],
            `... on Customer { orders(first: 7${after ? `, after: "${after}"` : ''}) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id customer { id } } } } }`,
          );
        pages.push(customer!.orders);
        after = customer!.orders.pageInfo.hasNextPage ? customer!.orders.pageInfo.endCursor : null;
      } while (after && pages.length < 50);
      const nodes = pages.flatMap((page) => page.edges.map((edge) => edge.node));
      expect(nodes.map((node) => node.id)).toEqual(stored.map((row) => row.id));
      expect(new Set(pages.map((page) => page.totalCount))).toEqual(new Set([stored.length]));
      expect(pages.map((page) => page.pageInfo.hasNextPage)).toEqual(
        pages.map((_, i) => i < pages.length - 1),
      );
      // Each order still names the customer it was placed for: no row is rewritten by a merge.
      expect(new Set(nodes.map((node) => node.customer.id))).toEqual(new Set([LENA, HUGO]));
    });

    it('should read a customer alone when mergedIds is absent, null, empty, malformed or its own id', async () => {
      const result = await entities(
        sales.url,
        [
          { __typename: 'Customer', id: LENA },
          { __typename: 'Customer', id: LENA, mergedIds: null },
          { __typename: 'Customer', id: LENA, mergedIds: [] },
          { __typename: 'Customer', id: LENA, mergedIds: ['not-a-uuid', LENA.toUpperCase(), LENA] },
        ],
        `... on Customer { ${SUMMARY} ${LISTS} salesActivity { id } }`,
      );
      expect(result[0]).toMatchObject({ salesSummary: await storedSummary([LENA]) });
      expect(result.slice(1)).toEqual([result[0], result[0], result[0]]);
    });

    it('should count a customer merged into an unknown id, and nothing for an unknown id merged in', async () => {
      const [intoUnknown, unknownMerged] = await entities<{ salesSummary: { orderCount: number } }>(
        sales.url,
        [
          { __typename: 'Customer', id: UNKNOWN, mergedIds: [HUGO] },
          { __typename: 'Customer', id: HUGO, mergedIds: [UNKNOWN] },
        ],
        `... on Customer { ${SUMMARY} }`,
      );
      expect(intoUnknown!.salesSummary).toEqual(await storedSummary([HUGO]));
      expect(unknownMerged!.salesSummary).toEqual(await storedSummary([HUGO]));
    });
  });

  describe('salesSummary KPI inputs', () => {
    beforeAll(async () => {
      const order = (customerId: string, key: string, status: string, days: number) =>
        post(sales.url, 'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
          input: {
            customerId,
            clientOrderId: unique(key),
            channel: 'WEB',
            currency: 'EUR',
            status,
            orderedAt: new Date(Date.now() - days * DAY_MS).toISOString(),
            lines: [{ sku: 'SKU-KPI', quantity: 1, unitPriceMinor: 1000 }],
          },
        });
      for (const [customerId, key, status, days] of [
        [fresh.kpiA, 'paid-10d', 'PAID', 10],
        [fresh.kpiA, 'fulfilled-100d', 'FULFILLED', 100],
        [fresh.kpiA, 'pending-5d', 'PENDING', 5],
        [fresh.kpiA, 'refunded-3d', 'REFUNDED', 3],
        [fresh.kpiB, 'fulfilled-30d', 'FULFILLED', 30],
      ] as const) {
        expect((await order(customerId, key, status, days)).errors).toBeUndefined();
      }
      const upsert = (input: Record<string, unknown>) =>
        post<{ upsertOpportunity: { id: string } }>(
          sales.url,
          'mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { id } }',
          { input: { amountMinor: 50_000, currency: 'EUR', stage: 'PROSPECTING', ...input } },
        );
      // Seven open deals for A, five for B of which the first is then won: eleven open in all.
      for (const [customerId, n] of [
        [fresh.kpiA, 7],
        [fresh.kpiB, 5],
      ] as const) {
        for (let index = 0; index < n; index += 1) {
          expect((await upsert({ customerId, name: `KPI deal ${index}` })).errors).toBeUndefined();
        }
      }
      const [first] = await sql(
        'sales',
        'SELECT id FROM opportunities WHERE customer_id = $1 ORDER BY created_at LIMIT 1',
        [fresh.kpiB],
      );
      expect(
        (await upsert({ id: first!.id, customerId: fresh.kpiB, name: 'KPI deal 0', stage: 'WON' })).errors,
      ).toBeUndefined();
    });

    it('should count paid orders of the last 90 days and list the 10 most recently updated open opportunities', async () => {
      const open = await sql(
        'sales',
        `SELECT id FROM opportunities WHERE customer_id = ANY($1) AND stage NOT IN ('WON', 'LOST')
         ORDER BY updated_at DESC, id DESC`,
        [[fresh.kpiA, fresh.kpiB]],
      );
      const result = await entities<{ salesSummary: Record<string, unknown> }>(
        sales.url,
        [
          { __typename: 'Customer', id: fresh.kpiA },
          { __typename: 'Customer', id: fresh.kpiB },
          { __typename: 'Customer', id: fresh.kpiA, mergedIds: [fresh.kpiB] },
        ],
        '... on Customer { salesSummary { paidOrderCount paidOrderCount90d openOpportunityCount openOpportunityIds } }',
      );
      expect(open).toHaveLength(11);
      expect(result.map((customer) => customer!.salesSummary)).toEqual([
        {
          paidOrderCount: 2,
          paidOrderCount90d: 1,
          openOpportunityCount: 7,
          openOpportunityIds: expect.any(Array),
        },
        {
          paidOrderCount: 1,
          paidOrderCount90d: 1,
          openOpportunityCount: 4,
          openOpportunityIds: expect.any(Array),
        },
        {
          paidOrderCount: 3,
          paidOrderCount90d: 2,
          openOpportunityCount: 11,
          openOpportunityIds: open.slice(0, 10).map((row) => row.id),
        },
      ]);
      expect(result[0]!.salesSummary.openOpportunityIds).toHaveLength(7);
      expect(result[1]!.salesSummary.openOpportunityIds).toHaveLength(4);
    });
  });

  describe('salesActivity', () => {
    let order: string;
    let subscription: string;
    let opportunity: string;
    const ACTIVITY = 'salesActivity { id department kind channel summary occurredAt sourceId }';
    const at = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();
    let times: Record<'ordered' | 'started' | 'cancelled', string>;
    beforeAll(async () => {
      times = { ordered: at(5), started: at(4), cancelled: at(2) };
      const placed = await post<{ placeOrder: { id: string } }>(
        sales.url,
        'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
        {
          input: {
            customerId: fresh.activity,
            clientOrderId: unique('activity'),
            channel: 'APP',
            currency: 'EUR',
            orderedAt: times.ordered,
            lines: [
              { sku: 'SKU-A', description: 'A gift for someone', quantity: 1, unitPriceMinor: 2990 },
              { sku: 'SKU-B', quantity: 1, unitPriceMinor: 2990 },
            ],
          },
        },
      );
      order = placed.data!.placeOrder.id;
      const change = (input: Record<string, unknown>) =>
        post<{ changeSubscription: { id: string } }>(
          sales.url,
          'mutation ($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { id } }',
          { input: { customerId: fresh.activity, ...input } },
        );
      subscription = (
        await change({ action: 'START', plan: 'pro', mrrMinor: 2900, currency: 'EUR', at: times.started })
      ).data!.changeSubscription.id;
      await change({
        action: 'CANCEL',
        subscriptionId: subscription,
        reason: 'moving away',
        at: times.cancelled,
      });
      opportunity = (
        await post<{ upsertOpportunity: { id: string } }>(
          sales.url,
          'mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { id } }',
          {
            input: {
              customerId: fresh.activity,
              name: 'Jane Doe upgrade',
              stage: 'PROSPECTING',
              amountMinor: 120_000,
              currency: 'EUR',
            },
          },
        )
      ).data!.upsertOpportunity.id;
    });

    it('should list orders, subscription starts and cancellations and opportunities newest first, one line each', async () => {
      const [stored] = await sql('sales', 'SELECT updated_at FROM opportunities WHERE id = $1', [
        opportunity,
      ]);
      const [customer] = await entities<{ salesActivity: unknown[] }>(
        sales.url,
        [{ __typename: 'Customer', id: fresh.activity }],
        `... on Customer { ${ACTIVITY} }`,
      );
      const event = (
        kind: string,
        id: string,
        occurredAt: string,
        summary: string,
        channel: string | null = null,
      ) => ({
        id: `${kind}:${id}`,
        department: 'SALES',
        kind: kind.split(':')[0],
        channel,
        summary,
        occurredAt,
        sourceId: id.split(':')[0],
      });
      expect(customer!.salesActivity).toEqual([
        event(
          'OPPORTUNITY',
          opportunity,
          iso(stored!.updated_at)!,
          'Opportunity opened: PROSPECTING, 1200.00 EUR',
        ),
        {
          ...event('SUBSCRIPTION', subscription, times.cancelled, 'Subscription cancelled: pro'),
          id: `SUBSCRIPTION:${subscription}:cancelled`,
        },
        event(
          'SUBSCRIPTION',
          subscription,
          times.started,
          'Subscription started: pro, 29.00 EUR a month (now CANCELLED)',
        ),
        event('ORDER', order, times.ordered, 'Order placed: 2 items, 59.80 EUR (PAID)', 'APP'),
      ]);
    });

    it('should give the 50 newest events of a merged customer, ties broken by the larger id', async () => {
      // Three regular buyers together have more than 50 events.
      const group = [LENA, HUGO, CARLOS];
      const orders = await sql('sales', 'SELECT id, ordered_at FROM orders WHERE customer_id = ANY($1)', [
        group,
      ]);
      const subscriptions = await sql(
        'sales',
        'SELECT id, started_at, cancelled_at FROM subscriptions WHERE customer_id = ANY($1)',
        [group],
      );
      const opportunities = await sql(
        'sales',
        'SELECT id, updated_at FROM opportunities WHERE customer_id = ANY($1)',
        [group],
      );
      const expected = [
        ...orders.map((row) => ({ id: `ORDER:${row.id}`, at: row.ordered_at as Date })),
        ...subscriptions.map((row) => ({ id: `SUBSCRIPTION:${row.id}`, at: row.started_at as Date })),
        ...subscriptions
          .filter((row) => row.cancelled_at)
          .map((row) => ({ id: `SUBSCRIPTION:${row.id}:cancelled`, at: row.cancelled_at as Date })),
        ...opportunities.map((row) => ({ id: `OPPORTUNITY:${row.id}`, at: row.updated_at as Date })),
      ]
        .sort((a, b) => b.at.getTime() - a.at.getTime() || (b.id > a.id ? 1 : b.id < a.id ? -1 : 0))
        .slice(0, 50);
      const [merged] = await entities<{ salesActivity: Array<{ id: string; occurredAt: string }> }>(
        sales.url,
        [{ __typename: 'Customer', id: LENA, mergedIds: [CARLOS, HUGO] }],
        '... on Customer { salesActivity { id occurredAt } }',
      );
      expect(orders.length + subscriptions.length).toBeGreaterThan(50);
      expect(merged!.salesActivity).toHaveLength(50);
      expect(merged!.salesActivity).toEqual(expected.map((e) => ({ id: e.id, occurredAt: iso(e.at) })));
    });

    it('should look an event up by its id, and answer null for an unknown, malformed or other kind of id', async () => {
      const query = `{ a: salesActivityEvent(id: "ORDER:${order.toUpperCase()}") { id summary }
        b: salesActivityEvent(id: "SUBSCRIPTION:${subscription}:cancelled") { id sourceId occurredAt }
        c: salesActivityEvent(id: "ORDER:${UNKNOWN}") { id }
        d: salesActivityEvent(id: "TICKET:${order}") { id }
        e: salesActivityEvent(id: "not-an-event") { id }
        f: salesActivityEvent(id: "ORDER:${order}:cancelled") { id } }`;
      const response = await post(sales.url, query);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        a: { id: `ORDER:${order}`, summary: 'Order placed: 2 items, 59.80 EUR (PAID)' },
        b: {
          id: `SUBSCRIPTION:${subscription}:cancelled`,
          sourceId: subscription,
          occurredAt: times.cancelled,
        },
        c: null,
        d: null,
        e: null,
        f: null,
      });
    });

    it('should read the summary and activity again after a write in the same request', async () => {
      const place = (key: string) => `${key}: placeOrder(input: {
          customerId: "${fresh.forget}", clientOrderId: "${unique(key)}", channel: WEB, currency: "EUR",
          lines: [{ sku: "SKU-F", quantity: 1, unitPriceMinor: 100 }] }) {
          customer { salesSummary { orderCount } salesActivity { kind } orders(first: 5) { totalCount } } }`;
      const response = await post(sales.url, `mutation { ${place('first')} ${place('second')} }`);
      expect(response.errors).toBeUndefined();
      expect(response.data).toEqual({
        first: {
          customer: {
            salesSummary: { orderCount: 1 },
            salesActivity: [{ kind: 'ORDER' }],
            orders: { totalCount: 1 },
          },
        },
        second: {
          customer: {
            salesSummary: { orderCount: 2 },
            salesActivity: [{ kind: 'ORDER' }, { kind: 'ORDER' }],
            orders: { totalCount: 2 },
          },
        },
      });
    });
  });
});
