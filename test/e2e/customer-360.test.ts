import { Kind } from 'graphql';
import { customerId, PERSONAS } from '../../scripts/demo/world';
import { schemaFile } from '../helpers/contract';
import { sql } from '../helpers/db';
import { operation } from '../helpers/operations';
import { type Stack, startStack } from '../helpers/stack';

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : null);

type Money = { amountMinor: number; currency: string };
const byCurrency = (items: Money[]) => [...items].sort((a, b) => a.currency.localeCompare(b.currency));

/** ContactChannel's values in the order marketing's schema declares them. */
const CONTACT_CHANNEL_ORDER = (() => {
  const definition = schemaFile('marketing').definitions.find(
    (node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === 'ContactChannel',
  );
  if (definition?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error('ContactChannel is not in the schema');
  return definition.values!.map((value) => value.name.value);
})();

/**
 * The summary figures the 360 shows, each computed from the stored rows per its schema description:
 * SalesSummary, MarketingSummary.consentedChannels and leadScore, SupportSummary's contact figures.
 */
async function storedSummaries(id: string) {
  const netRevenue = await sql<{ currency: string; amount: string }>(
    'sales',
    `SELECT currency, sum(total_minor)::text AS amount FROM orders
     WHERE customer_id = $1 AND status IN ('PAID', 'FULFILLED') GROUP BY currency`,
    [id],
  );
  const mrr = await sql<{ currency: string; amount: string }>(
    'sales',
    `SELECT currency, sum(mrr_minor)::text AS amount FROM subscriptions
     WHERE customer_id = $1 AND status IN ('TRIALING', 'ACTIVE', 'PAST_DUE') GROUP BY currency`,
    [id],
  );
  const [counts] = await sql<{ active: number; open: number }>(
    'sales',
    `SELECT (SELECT count(*) FROM subscriptions
             WHERE customer_id = $1 AND status IN ('TRIALING', 'ACTIVE', 'PAST_DUE'))::int AS active,
            (SELECT count(*) FROM opportunities WHERE customer_id = $1 AND stage NOT IN ('WON', 'LOST'))::int AS open`,
    [id],
  );
  const consented = await sql<{ channel: string }>(
    'marketing',
    `SELECT DISTINCT channel FROM consents
     WHERE customer_id = $1 AND granted AND purpose IN ('MARKETING', 'SERVICE')`,
    [id],
  );
  const [lead] = await sql<{ score: number }>(
    'marketing',
    'SELECT score FROM lead_scores WHERE customer_id = $1',
    [id],
  );
  // Every score given at the latest submission time: one, unless two were given in the same instant.
  const latestCsat = await sql<{ score: number }>(
    'support',
    `SELECT c.score FROM csat_ratings c JOIN tickets t ON t.id = c.ticket_id
     WHERE t.customer_id = $1
       AND c.submitted_at = (SELECT max(c2.submitted_at) FROM csat_ratings c2
                             JOIN tickets t2 ON t2.id = c2.ticket_id WHERE t2.customer_id = $1)`,
    [id],
  );
  const [contacts] = await sql<{ n90: number; last: Date | null }>(
    'support',
    `SELECT (SELECT count(*) FROM tickets
             WHERE customer_id = $1 AND opened_at > now() - interval '90 days')::int AS n90,
            greatest(
              (SELECT max(opened_at) FROM tickets WHERE customer_id = $1),
              (SELECT max(i.occurred_at) FROM interactions i JOIN tickets t ON t.id = i.ticket_id
               WHERE t.customer_id = $1 AND i.kind = 'CUSTOMER_MESSAGE')
            ) AS last`,
    [id],
  );
  return {
    sales: {
      // "one entry per currency, largest first"
      netRevenue: netRevenue
        .map((row) => ({ amountMinor: Number(row.amount), currency: row.currency }))
        .sort((a, b) => b.amountMinor - a.amountMinor || a.currency.localeCompare(b.currency)),
      activeSubscriptionCount: counts!.active,
      // "one entry per currency"; the schema promises no order, so the test compares by currency.
      mrr: byCurrency(mrr.map((row) => ({ amountMinor: Number(row.amount), currency: row.currency }))),
      openOpportunityCount: counts!.open,
    },
    marketing: {
      consentedChannels: consented
        .map((row) => row.channel)
        .sort((a, b) => CONTACT_CHANNEL_ORDER.indexOf(a) - CONTACT_CHANNEL_ORDER.indexOf(b)),
      leadScore: lead?.score ?? null,
    },
    support: {
      latestCsatScores: latestCsat.map((row) => row.score),
      contactCount90d: contacts!.n90,
      lastContactAt: iso(contacts!.last),
    },
  };
}

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

  it.each(ids)('should return exactly the summary figures the stored rows add up to for %s', async (id) => {
    const response = await stack.query<{ customer: Record<string, any> }>(operation('customer-360'), { id });
    expect(response.errors).toBeUndefined();
    const { salesSummary, marketingSummary, supportSummary } = response.data!.customer;
    const stored = await storedSummaries(id);

    expect({
      netRevenue: salesSummary.netRevenue,
      activeSubscriptionCount: salesSummary.activeSubscriptionCount,
      mrr: byCurrency(salesSummary.mrr),
      openOpportunityCount: salesSummary.openOpportunityCount,
    }).toEqual(stored.sales);
    expect({
      consentedChannels: marketingSummary.consentedChannels,
      leadScore: marketingSummary.leadScore,
    }).toEqual(stored.marketing);
    expect({
      contactCount90d: supportSummary.contactCount90d,
      lastContactAt: supportSummary.lastContactAt,
    }).toEqual({
      contactCount90d: stored.support.contactCount90d,
      lastContactAt: stored.support.lastContactAt,
    });
    if (stored.support.latestCsatScores.length === 0) expect(supportSummary.lastCsat).toBeNull();
    else expect(stored.support.latestCsatScores).toContain(supportSummary.lastCsat);
  });

  it('should sample customers whose summaries are not all empty, so the comparisons above mean something', async () => {
    const all = await Promise.all(ids.map(storedSummaries));
    const some = (has: (figures: (typeof all)[number]) => boolean) => all.some(has);
    expect({
      netRevenue: some((f) => f.sales.netRevenue.length > 0),
      activeSubscription: some((f) => f.sales.activeSubscriptionCount > 0),
      noActiveSubscription: some((f) => f.sales.activeSubscriptionCount === 0),
      mrr: some((f) => f.sales.mrr.length > 0),
      openOpportunity: some((f) => f.sales.openOpportunityCount > 0),
      consentedChannels: some((f) => f.marketing.consentedChannels.length > 1),
      leadScore: some((f) => f.marketing.leadScore !== null),
      lastCsat: some((f) => f.support.latestCsatScores.length === 1),
      noCsat: some((f) => f.support.latestCsatScores.length === 0),
      contactCount90d: some((f) => f.support.contactCount90d > 0),
      lastContactAt: some((f) => f.support.lastContactAt !== null),
      noContact: some((f) => f.support.lastContactAt === null),
    }).toEqual({
      netRevenue: true,
      activeSubscription: true,
      noActiveSubscription: true,
      mrr: true,
      openOpportunity: true,
      consentedChannels: true,
      leadScore: true,
      lastCsat: true,
      noCsat: true,
      contactCount90d: true,
      lastContactAt: true,
      noContact: true,
    });
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

  it('should return the five oldest customers and the total for customers(first: 5)', async () => {
    const count = async () =>
      (
        await sql<{ n: number }>(
          'customers',
          'SELECT count(*)::int AS n FROM customers WHERE merged_into IS NULL AND erased_at IS NULL',
        )
      )[0]!.n;
    const oldest = await sql<{ id: string }>(
      'customers',
      'SELECT id FROM customers WHERE merged_into IS NULL AND erased_at IS NULL ORDER BY created_at, id LIMIT 5',
    );
    // Other workers create, merge and erase customers meanwhile (a merged or erased one leaves the list): the total
    // lies between the counts either side, give or take a create and a merge crossing each other.
    const before = await count();
    const response = await stack.query<{
      customers: { totalCount: number; edges: Array<{ node: { id: string } }> };
    }>('{ customers(first: 5) { totalCount edges { node { id } } } }');
    const after = await count();
    expect(response.errors).toBeUndefined();
    expect(response.data!.customers.edges.map((edge) => edge.node.id)).toEqual(oldest.map((row) => row.id));
    expect(response.data!.customers.totalCount).toBeGreaterThanOrEqual(Math.min(before, after) - 2);
    expect(response.data!.customers.totalCount).toBeLessThanOrEqual(Math.max(before, after) + 2);
  });

  it('should answer null with no error for a customer that does not exist', async () => {
    const response = await stack.query(operation('customer-360'), {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response).toEqual({ data: { customer: null } });
  });

  it('should pass BAD_USER_INPUT with its field path through the gateway', async () => {
    const tooMany = await stack.query('{ customers(first: 500) { totalCount } }');
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'customers.first',
    });
    const badId = await stack.query('{ customer(id: "nope") { id } }');
    expect(badId.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customer.id' });
  });
});
