import { customerId, PERSONAS } from '../../scripts/demo/world';
import { sql } from '../helpers/db';
import { operation } from '../helpers/operations';
import { type Stack, startStack } from '../helpers/stack';

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);

/** What the databases hold for one customer, read with plain SQL, independently of the resolvers. */
async function storedCustomer(id: string) {
  const [profile] = await sql(
    'customers',
    'SELECT display_name, email, country FROM customers WHERE id = $1',
    [id],
  );
  const [marketing] = await sql(
    'marketing',
    `SELECT count(*) FILTER (WHERE occurred_at > now() - interval '90 days')::int AS n90,
            count(*)::int AS total, max(occurred_at) AS last,
            max(occurred_at) FILTER (WHERE kind = 'CANCEL_SUBSCRIPTION_INTENT') AS cancel,
            max(occurred_at) FILTER (WHERE kind = 'CHECKOUT_ERROR') AS checkout
     FROM signals WHERE customer_id = $1`,
    [id],
  );
  const signals = await sql(
    'marketing',
    'SELECT id, kind FROM signals WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC LIMIT 5',
    [id],
  );
  const [sales] = await sql(
    'sales',
    `SELECT count(*) FILTER (WHERE status IN ('PAID','FULFILLED'))::int AS paid,
            count(*)::int AS total,
            max(ordered_at) FILTER (WHERE status IN ('PAID','FULFILLED')) AS last
     FROM orders WHERE customer_id = $1`,
    [id],
  );
  const orders = await sql(
    'sales',
    'SELECT id, total_minor FROM orders WHERE customer_id = $1 ORDER BY ordered_at DESC, id DESC LIMIT 3',
    [id],
  );
  const [support] = await sql(
    'support',
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE status IN ('OPEN','PENDING'))::int AS open
     FROM tickets WHERE customer_id = $1`,
    [id],
  );
  const tickets = await sql(
    'support',
    'SELECT id, status FROM tickets WHERE customer_id = $1 ORDER BY opened_at DESC, id DESC LIMIT 3',
    [id],
  );
  return { profile, marketing, signals, sales, orders, support, tickets };
}

describe('the customer 360 through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const ids = [
    ...PERSONAS.map((_, index) => customerId(index)),
    customerId(17),
    customerId(42),
    customerId(99),
  ];

  it.each(ids)('should return exactly the stored values from all four subgraphs for %s', async (id) => {
    const response = await stack.query<{ customer: Record<string, any> }>(operation('customer-360'), { id });
    expect(response.errors).toBeUndefined();
    const customer = response.data!.customer;
    const stored = await storedCustomer(id);

    expect(customer.displayName).toBe(stored.profile!.display_name);
    expect(customer.email).toBe(stored.profile!.email);
    expect(customer.country).toBe(stored.profile!.country);

    expect(customer.marketingSummary.signalCount90d).toBe(stored.marketing!.n90);
    expect(customer.marketingSummary.lastSignalAt).toBe(iso(stored.marketing!.last));
    expect(customer.marketingSummary.lastCancelIntentAt).toBe(iso(stored.marketing!.cancel));
    expect(customer.marketingSummary.lastCheckoutErrorAt).toBe(iso(stored.marketing!.checkout));
    expect(customer.signals.totalCount).toBe(stored.marketing!.total);
    expect(customer.signals.edges.map((edge: any) => [edge.node.id, edge.node.kind])).toEqual(
      stored.signals.map((row) => [row.id, row.kind]),
    );

    expect(customer.salesSummary.paidOrderCount).toBe(stored.sales!.paid);
    expect(customer.salesSummary.lastOrderAt).toBe(iso(stored.sales!.last));
    expect(customer.orders.totalCount).toBe(stored.sales!.total);
    expect(customer.orders.edges.map((edge: any) => [edge.node.id, edge.node.total.amountMinor])).toEqual(
      stored.orders.map((row) => [row.id, Number(row.total_minor)]),
    );

    expect(customer.supportSummary.ticketCount).toBe(stored.support!.total);
    expect(customer.supportSummary.openTicketCount).toBe(stored.support!.open);
    expect(customer.tickets.totalCount).toBe(stored.support!.total);
    expect(customer.tickets.edges.map((edge: any) => [edge.node.id, edge.node.status])).toEqual(
      stored.tickets.map((row) => [row.id, row.status]),
    );
  });

  it('should tell each persona story through the departments', async () => {
    const load = async (index: number) =>
      (await stack.query<{ customer: any }>(operation('customer-360'), { id: customerId(index) })).data!
        .customer;
    const [lena, priya, carlos, rita, hugo] = await Promise.all([0, 1, 2, 3, 4].map(load));
    const dayAgo = Date.now() - 2 * 24 * 3600 * 1000;

    expect(Date.parse(lena.marketingSummary.lastCancelIntentAt)).toBeGreaterThan(dayAgo);
    expect(lena.salesSummary.activeSubscriptionCount).toBe(1);
    expect(lena.salesSummary.paidOrderCount).toBe(24);

    expect(priya.salesSummary.paidOrderCount).toBe(0);
    expect(priya.salesSummary.openOpportunityCount).toBe(1);
    expect(Date.parse(priya.marketingSummary.lastPricingViewAt)).toBeGreaterThan(
      Date.now() - 7 * 24 * 3600 * 1000,
    );

    expect(Date.parse(carlos.marketingSummary.lastCheckoutErrorAt)).toBeGreaterThan(dayAgo);
    expect(carlos.supportSummary.ticketCount).toBe(0);

    expect(rita.supportSummary.contactCount90d).toBe(3);
    expect(rita.supportSummary.repeatContactCount90d).toBeGreaterThanOrEqual(2);
    expect(rita.supportSummary.botToHumanHandoffCount90d).toBe(1);

    expect(hugo.supportSummary.ticketCount).toBe(0);
    expect(hugo.marketingSummary.lastCancelIntentAt).toBeNull();
  });

  it('should return five customers for customers(first: 5)', async () => {
    const response = await stack.query<{
      customers: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>('{ customers(first: 5) { totalCount edges { node { id } } } }');
    expect(response.errors).toBeUndefined();
    expect(response.data!.customers.edges).toHaveLength(5);
    const [{ n }] = await sql<{ n: number }>('customers', 'SELECT count(*)::int AS n FROM customers');
    expect(response.data!.customers.totalCount).toBe(n);
  });

  it('should answer null with no error for a customer that does not exist', async () => {
    const response = await stack.query(operation('customer-360'), {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response).toEqual({ data: { customer: null } });
  });

  it('should pass BAD_USER_INPUT with its field path through the gateway', async () => {
    const tooMany = await stack.query('{ customers(first: 500) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    const badId = await stack.query('{ customer(id: "nope") { id } }');
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });
});
