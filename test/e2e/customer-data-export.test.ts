import { randomUUID } from 'node:crypto';
import { ROLES } from '../../lib/auth/roles';
import { postGraphQL, type Stack, startStack } from '../helpers/stack';

const EXPORT = `#graphql
  query Export($id: ID!) {
    exportCustomerData(id: $id) { customerId customerIds exportedAt customers marketing sales support }
  }`;

type Rows = Record<string, Array<Record<string, unknown>>>;

interface DataExport {
  customerId: string;
  customerIds: string[];
  exportedAt: string;
  customers: Rows;
  marketing: Rows | null;
  sales: Rows | null;
  support: Rows | null;
}

/** How many rows each table of an export part holds, by table name. */
const counts = (part: Rows | null) =>
  part && Object.fromEntries(Object.entries(part).map(([table, rows]) => [table, rows.length]));

describe('exporting everything the graph holds on a person', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const mutate = async <T = Record<string, unknown>>(query: string, input: Record<string, unknown>) => {
    const response = await stack.query<T>(query, { input });
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const identify = async (email: string) =>
    (
      await mutate<{ identify: { customer: { id: string } } }>(
        'mutation ($input: IdentifyInput!) { identify(input: $input) { customer { id } } }',
        { email, displayName: 'Export Person', country: 'DE' },
      )
    ).identify.customer.id;
  const placeOrder = async (customerId: string, clientOrderId: string, lines: unknown[]) =>
    (
      await mutate<{ placeOrder: { id: string } }>(
        'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
        {
          customerId,
          clientOrderId,
          channel: 'WEB',
          currency: 'EUR',
          orderedAt: '2026-10-01T10:00:00.000Z',
          lines,
        },
      )
    ).placeOrder.id;
  const openTicket = async (customerId: string, clientTicketId: string) =>
    (
      await mutate<{ openTicket: { id: string } }>(
        'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }',
        { customerId, clientTicketId, subject: 'Export test', topic: 'privacy', channel: 'EMAIL' },
      )
    ).openTicket.id;
  const exportOf = (id: string) => stack.query<{ exportCustomerData: DataExport }>(EXPORT, { id });

  /** A customer with records in every table of every department, as the departments' own mutations write them. */
  async function customerWithEverything(tag: string) {
    const email = `export.${tag}@example.com`;
    const id = await identify(email);
    const key = (name: string) => `export-${name}-${tag}`;
    await mutate('mutation ($input: RecordSignalsInput!) { recordSignals(input: $input) { accepted } }', {
      signals: [
        {
          customerId: id,
          clientEventId: key('signal'),
          kind: 'PRICING_VIEW',
          channel: 'WEB',
          occurredAt: '2026-10-02T08:00:00.000Z',
        },
      ],
    });
    await mutate('mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }', {
      customerId: id,
      clientEventId: key('consent'),
      channel: 'EMAIL',
      purpose: 'MARKETING',
      granted: true,
      source: 'signup-form',
    });
    await mutate(
      'mutation ($input: SetPreferredChannelInput!) { setPreferredChannel(input: $input) { channel } }',
      {
        customerId: id,
        clientEventId: key('channel'),
        channel: 'EMAIL',
      },
    );
    await mutate('mutation ($input: UpdateLeadScoreInput!) { updateLeadScore(input: $input) { score } }', {
      customerId: id,
      clientEventId: key('lead'),
      score: 70,
      status: 'MQL',
    });
    const { createCampaign: campaign } = await mutate<{ createCampaign: { id: string } }>(
      'mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }',
      { clientCampaignId: key('campaign'), name: `Export ${tag}`, channel: 'EMAIL' },
    );
    const { recordTouch: touch } = await mutate<{ recordTouch: { id: string } }>(
      'mutation ($input: RecordTouchInput!) { recordTouch(input: $input) { id } }',
      { campaignId: campaign.id, customerId: id, clientTouchId: key('touch') },
    );
    await mutate('mutation ($input: RecordTouchEventInput!) { recordTouchEvent(input: $input) { id } }', {
      touchId: touch.id,
      clientEventId: key('opened'),
      event: 'OPENED',
    });
    const orderId = await placeOrder(id, key('order'), [
      { sku: 'SKU-EXPORT-A', quantity: 2, unitPriceMinor: 1250 },
      { sku: 'SKU-EXPORT-B', description: 'Gift wrap', quantity: 1, unitPriceMinor: 4900 },
    ]);
    await mutate('mutation ($input: ChangeSubscriptionInput!) { changeSubscription(input: $input) { id } }', {
      customerId: id,
      clientEventId: key('subscription'),
      action: 'START',
      plan: 'pro',
      mrrMinor: 2900,
      currency: 'EUR',
    });
    await mutate('mutation ($input: UpsertOpportunityInput!) { upsertOpportunity(input: $input) { id } }', {
      customerId: id,
      clientEventId: key('opportunity'),
      name: 'Team plan',
      stage: 'PROPOSAL',
      amountMinor: 120000,
      currency: 'EUR',
    });
    const ticketId = await openTicket(id, key('ticket'));
    const ticket = { ticketId };
    await mutate('mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }', {
      ...ticket,
      clientEventId: key('interaction'),
      kind: 'AGENT_MESSAGE',
      body: 'We have exported your data.',
      agentId: 'agent-7',
    });
    await mutate('mutation ($input: UpdateTicketStatusInput!) { updateTicketStatus(input: $input) { id } }', {
      ...ticket,
      clientEventId: key('resolve'),
      status: 'RESOLVED',
    });
    await mutate('mutation ($input: SubmitCsatInput!) { submitCsat(input: $input) { score } }', {
      ...ticket,
      clientEventId: key('csat'),
      score: 4,
    });
    await mutate(
      'mutation ($input: RecordAgentAssessmentInput!) { recordAgentAssessment(input: $input) { score } }',
      { ...ticket, clientEventId: key('assessment'), score: 5, agentId: 'agent-7' },
    );
    return { id, email, orderId, ticketId, clientOrderId: key('order') };
  }

  it('should return every row of every department for the customer when an admin asks', async () => {
    const tag = randomUUID().slice(0, 8);
    const person = await customerWithEverything(tag);
    const before = Date.now();

    const response = await exportOf(person.id);

    expect(response.errors).toBeUndefined();
    const exported = response.data!.exportCustomerData;
    expect(exported.customerId).toBe(person.id);
    expect(exported.customerIds).toEqual([person.id]);
    expect(Date.parse(exported.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(counts(exported.customers)).toEqual({
      customers: 1,
      customerIdentifiers: 1,
      customerMergeEvents: 0,
      customerKpiSnapshots: 0,
      erasures: 0,
      erasureReceipts: 0,
      suppressedIdentifiers: 0,
      auditEvents: expect.any(Number), // the audit log's own behaviour, tested with it
    });
    expect(counts(exported.marketing)).toEqual({
      signals: 1,
      consents: 1,
      consentEvents: 1,
      touches: 1,
      leadScores: 1,
      preferredChannels: 1,
      appliedRequests: 4, // setConsent, setPreferredChannel, updateLeadScore, recordTouchEvent
      auditEvents: expect.any(Number),
    });
    expect(counts(exported.sales)).toEqual({
      orders: 1,
      orderLines: 2,
      subscriptions: 1,
      opportunities: 1,
      appliedRequests: 2, // changeSubscription, upsertOpportunity
    });
    expect(counts(exported.support)).toEqual({
      tickets: 1,
      interactions: 1,
      csatRatings: 1,
      agentAssessments: 1,
      appliedRequests: 3, // updateTicketStatus, submitCsat, recordAgentAssessment
    });
    expect(exported.customers.customers![0]).toMatchObject({
      id: person.id,
      email: person.email,
      displayName: 'Export Person',
      mergedInto: null,
    });
    expect(exported.customers.customerIdentifiers![0]).toMatchObject({ kind: 'EMAIL', value: person.email });
    expect(exported.sales!.orders).toEqual([
      expect.objectContaining({
        id: person.orderId,
        customerId: person.id,
        clientOrderId: person.clientOrderId,
        status: 'PAID',
        currency: 'EUR',
        totalMinor: 7400,
        orderedAt: '2026-10-01T10:00:00.000Z',
      }),
    ]);
    expect(exported.sales!.orderLines).toEqual([
      {
        orderId: person.orderId,
        lineNo: 1,
        sku: 'SKU-EXPORT-A',
        description: null,
        quantity: 2,
        unitPriceMinor: 1250,
      },
      {
        orderId: person.orderId,
        lineNo: 2,
        sku: 'SKU-EXPORT-B',
        description: 'Gift wrap',
        quantity: 1,
        unitPriceMinor: 4900,
      },
    ]);
    expect(exported.marketing!.signals![0]).toMatchObject({
      customerId: person.id,
      kind: 'PRICING_VIEW',
      occurredAt: '2026-10-02T08:00:00.000Z',
    });
    expect(exported.support!.csatRatings).toEqual([
      expect.objectContaining({ ticketId: person.ticketId, score: 4 }),
    ]);
    expect(exported.support!.interactions![0]).toMatchObject({
      ticketId: person.ticketId,
      body: 'We have exported your data.',
    });
  });

  it('should export both customers’ rows under the survivor when asked by the merged id', async () => {
    const tag = randomUUID().slice(0, 8);
    const survivor = await identify(`export.survivor.${tag}@example.com`);
    const merged = await identify(`export.merged.${tag}@example.com`);
    const survivorOrder = await placeOrder(survivor, `export-survivor-${tag}`, [
      { sku: 'SKU-1', quantity: 1, unitPriceMinor: 1000 },
    ]);
    const mergedOrder = await placeOrder(merged, `export-merged-${tag}`, [
      { sku: 'SKU-2', quantity: 3, unitPriceMinor: 500 },
    ]);
    const mergedTicket = await openTicket(merged, `export-merged-${tag}`);
    await stack.query(
      'mutation ($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m }) { dryRun } }',
      {
        s: survivor,
        m: merged,
      },
    );

    const response = await exportOf(merged);

    expect(response.errors).toBeUndefined();
    const exported = response.data!.exportCustomerData;
    expect(exported.customerId).toBe(survivor);
    expect(exported.customerIds).toEqual([survivor, merged]);
    expect(exported.customers.customers!.map((row) => [row.id, row.mergedInto]).sort()).toEqual(
      [
        [survivor, null],
        [merged, survivor],
      ].sort(),
    );
    expect(exported.customers.customerIdentifiers!.map((row) => row.value).sort()).toEqual([
      `export.merged.${tag}@example.com`,
      `export.survivor.${tag}@example.com`,
    ]);
    expect(exported.customers.customerMergeEvents).toEqual([
      expect.objectContaining({ action: 'MERGE', survivorId: survivor, mergedId: merged }),
    ]);
    expect(exported.sales!.orders!.map((order) => order.id).sort()).toEqual(
      [survivorOrder, mergedOrder].sort(),
    );
    expect(exported.sales!.orderLines!.map((line) => [line.orderId, line.quantity]).sort()).toEqual(
      [
        [survivorOrder, 1],
        [mergedOrder, 3],
      ].sort(),
    );
    expect(exported.support!.tickets!.map((ticket) => ticket.id)).toEqual([mergedTicket]);
  });

  it('should answer FORBIDDEN and no data when a role without admin asks', async () => {
    const id = await identify(`export.forbidden.${randomUUID().slice(0, 8)}@example.com`);

    const response = await postGraphQL(stack.gatewayUrl, EXPORT, { id }, ROLES['support-agent']);

    expect(response.data).toEqual({ exportCustomerData: null });
    expect(response.errors).toEqual([
      expect.objectContaining({ path: ['exportCustomerData'], extensions: { code: 'FORBIDDEN' } }),
    ]);
  });

  it('should refuse a role without admin inside the subgraphs too when they are called directly', async () => {
    const id = await identify(`export.direct.${randomUUID().slice(0, 8)}@example.com`);
    await placeOrder(id, `export-direct-${id}`, [{ sku: 'SKU-1', quantity: 1, unitPriceMinor: 100 }]);
    const agent = ROLES['support-agent'];

    const fromCustomers = await postGraphQL(
      stack.subgraphs.customers.url,
      'query ($id: ID!) { exportCustomerData(id: $id) { customerId customers } }',
      { id },
      agent,
    );
    const fromSales = await postGraphQL<{ _entities: unknown[] }>(
      stack.subgraphs.sales.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on CustomerDataExport { sales } } }',
      { r: [{ __typename: 'CustomerDataExport', customerId: id, customerIds: [id] }] },
      agent,
    );

    expect(fromCustomers.data).toBeNull();
    expect(fromCustomers.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(fromSales.data?._entities).toEqual([{ sales: null }]);
    expect(fromSales.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('should answer NOT_FOUND naming the id argument when nobody has the id', async () => {
    const id = randomUUID();

    const response = await exportOf(id);

    // (Hive Gateway leaves `data` out rather than answering `data: null`.)
    expect(response.data ?? null).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        message: `Customer ${id} was not found`,
        path: ['exportCustomerData'],
        extensions: { code: 'NOT_FOUND', field: 'id', serviceName: 'customers' },
      }),
    ]);
  });

  // Last: it stops the support subgraph of this file's stack.
  it('should export the other departments and name the one that is down when a department does not answer', async () => {
    const id = await identify(`export.outage.${randomUUID().slice(0, 8)}@example.com`);
    await placeOrder(id, `export-outage-${id}`, [{ sku: 'SKU-1', quantity: 1, unitPriceMinor: 100 }]);
    await stack.subgraphs.support.stop();

    const response = await exportOf(id);

    const exported = response.data!.exportCustomerData;
    expect(exported).toMatchObject({ customerId: id, support: null });
    expect(counts(exported.sales)).toMatchObject({ orders: 1, orderLines: 1 });
    expect(counts(exported.marketing)).toMatchObject({ signals: 0 });
    expect(exported.customers.customers).toHaveLength(1);
    expect(response.errors?.map((error) => error.extensions)).toEqual([
      { code: 'SERVICE_UNAVAILABLE', serviceName: 'support' },
    ]);
  });
});
