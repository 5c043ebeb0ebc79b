import { randomUUID } from 'node:crypto';
import { type Stack, startStack } from '../helpers/stack';

const VIEW = `#graphql
  query MergedView($id: ID!) {
    customer(id: $id) {
      id
      mergedIds
      identifiers { kind value }
      orders { totalCount edges { node { clientOrderId } } }
      signals { totalCount edges { node { kind } } }
      tickets { totalCount edges { node { subject } } }
      salesSummary { paidOrderCount }
      marketingSummary { signalCount90d }
      supportSummary { ticketCount openTicketCount }
      kpis { lifecycleStage { value } nextBestAction { action evidence { kind } } }
      timeline(first: 50) { totalCount edges { node { department kind } } }
    }
  }`;

interface View {
  id: string;
  mergedIds: string[];
  identifiers: Array<{ kind: string; value: string }>;
  orders: { totalCount: number; edges: Array<{ node: { clientOrderId: string } }> };
  signals: { totalCount: number; edges: Array<{ node: { kind: string } }> };
  tickets: { totalCount: number; edges: Array<{ node: { subject: string } }> };
  salesSummary: { paidOrderCount: number };
  marketingSummary: { signalCount90d: number };
  supportSummary: { ticketCount: number; openTicketCount: number };
  kpis: {
    lifecycleStage: { value: string };
    nextBestAction: { action: string; evidence: Array<{ kind: string }> };
  };
  timeline: { totalCount: number; edges: Array<{ node: { department: string; kind: string } }> };
}

describe('merging two customers through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  const mutate = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const response = await stack.query<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const identify = async (email: string) =>
    (
      await mutate<{ identify: { customer: { id: string } } }>(
        'mutation ($email: String!) { identify(input: { email: $email, country: "DE" }) { customer { id } } }',
        { email },
      )
    ).identify.customer.id;
  const view = async (id: string) => (await mutate<{ customer: View }>(VIEW, { id })).customer;

  it('should show both customers in the survivor’s 360 after a merge, and each on its own after unmerge', async () => {
    const tag = randomUUID().slice(0, 8);
    const survivor = await identify(`merge.survivor.${tag}@example.com`);
    const merged = await identify(`merge.merged.${tag}@example.com`);
    await mutate(`mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`, {
      input: {
        customerId: survivor,
        clientOrderId: `order-${tag}`,
        channel: 'WEB',
        currency: 'EUR',
        lines: [{ sku: 'SKU-1', quantity: 1, unitPriceMinor: 4900 }],
      },
    });
    const now = new Date().toISOString();
    await mutate(`mutation ($input: RecordSignalsInput!) { recordSignals(input: $input) { accepted } }`, {
      input: {
        signals: [
          {
            customerId: merged,
            clientEventId: `signal-${tag}`,
            kind: 'CANCEL_SUBSCRIPTION_INTENT',
            channel: 'WEB',
            occurredAt: now,
          },
        ],
      },
    });
    const { openTicket: ticket } = await mutate<{ openTicket: { id: string } }>(
      `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`,
      {
        input: {
          customerId: merged,
          clientTicketId: `ticket-${tag}`,
          subject: `Second account ${tag}`,
          topic: 'account',
          channel: 'EMAIL',
        },
      },
    );

    const before = await view(survivor);
    expect(before).toMatchObject({
      orders: { totalCount: 1 },
      signals: { totalCount: 0 },
      tickets: { totalCount: 0 },
    });

    const dryRun = await mutate<{ mergeCustomers: { dryRun: boolean; merged: View } }>(
      `mutation ($s: ID!, $m: ID!) {
         mergeCustomers(input: { survivorId: $s, mergedId: $m, dryRun: true }) {
           dryRun merged { orders { totalCount } signals { totalCount } tickets { totalCount } }
         }
       }`,
      { s: survivor, m: merged },
    );
    // What would move: the merged customer's own department data, asked through the result.
    expect(dryRun.mergeCustomers).toEqual({
      dryRun: true,
      merged: { orders: { totalCount: 0 }, signals: { totalCount: 1 }, tickets: { totalCount: 1 } },
    });
    expect((await view(survivor)).signals.totalCount).toBe(0);

    await mutate(
      'mutation ($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m }) { dryRun } }',
      {
        s: survivor,
        m: merged,
      },
    );
    const after = await view(survivor);
    expect(after).toMatchObject({
      id: survivor,
      mergedIds: [merged],
      orders: { totalCount: 1 },
      signals: { totalCount: 1, edges: [{ node: { kind: 'CANCEL_SUBSCRIPTION_INTENT' } }] },
      tickets: { totalCount: 1, edges: [{ node: { subject: `Second account ${tag}` } }] },
      salesSummary: { paidOrderCount: 1 },
      supportSummary: { ticketCount: 1, openTicketCount: 1 },
      kpis: { lifecycleStage: { value: 'AT_RISK' }, nextBestAction: { action: 'RETENTION_OUTREACH' } },
    });
    expect(after.identifiers.map((identifier) => identifier.value)).toEqual([
      `merge.survivor.${tag}@example.com`,
      `merge.merged.${tag}@example.com`,
    ]);
    expect(new Set(after.timeline.edges.map((edge) => edge.node.kind))).toEqual(
      new Set(['ORDER', 'SIGNAL', 'TICKET']),
    );
    // The merged id resolves to the survivor, with everything.
    expect(await view(merged)).toEqual(after);
    // So does a department record that still points at the merged id: its customer is the whole group.
    const viaTicket = await mutate<{
      ticket: {
        customer: { id: string; mergedIds: string[]; orders: { totalCount: number }; kpis: unknown };
      };
    }>(
      'query ($id: ID!) { ticket(id: $id) { customer { id mergedIds orders { totalCount } kpis { lifecycleStage { value } } } } }',
      { id: ticket.id },
    );
    expect(viaTicket.ticket.customer).toEqual({
      id: merged,
      mergedIds: [survivor],
      orders: { totalCount: 1 },
      kpis: { lifecycleStage: { value: 'AT_RISK' } },
    });

    await mutate('mutation ($m: ID!) { unmergeCustomer(input: { mergedId: $m }) { restoredIds } }', {
      m: merged,
    });
    const survivorAgain = await view(survivor);
    const mergedAgain = await view(merged);
    expect(survivorAgain).toMatchObject({
      id: survivor,
      mergedIds: [],
      orders: { totalCount: 1 },
      signals: { totalCount: 0 },
      tickets: { totalCount: 0 },
    });
    expect(mergedAgain).toMatchObject({
      id: merged,
      mergedIds: [],
      orders: { totalCount: 0 },
      signals: { totalCount: 1 },
      tickets: { totalCount: 1 },
    });
  });
});
