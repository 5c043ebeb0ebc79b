import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { composeSupergraph } from '../../gateway/src/compose';
import { type RunningGateway, startGateway } from '../../gateway/src/hive-gateway';
import { ALL_SCOPES } from '../../lib/auth/roles';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { sql } from '../helpers/db';
import { type GraphQLResponse, postGraphQL, testAuth } from '../helpers/stack';
import { type SubgraphProcess, startSubgraphProcess } from '../helpers/subgraph-process';

/**
 * Erasure across the graph, with every subgraph a real process whose debug-level log goes to a file
 * this test reads: what the person's email and phone left behind, in any database and any log line.
 */
const LOG_DIR = mkdtempSync(path.join(tmpdir(), 'c360-erasure-logs-'));
const POLL_MS = 200;

const ERASE = `#graphql
  mutation ($id: ID!) {
    eraseCustomer(id: $id) {
      id customerId customerIds status completedAt
      receipts { service status rowsErased rowsDeidentified confirmedAt }
    }
  }`;

const ERASURE = `#graphql
  query ($customerId: ID!) {
    erasure(customerId: $customerId) { id status receipts { service status rowsErased rowsDeidentified } }
  }`;

interface Receipt {
  service: string;
  status: string;
  rowsErased: number;
  rowsDeidentified: number;
  confirmedAt?: string | null;
}
interface Erasure {
  id: string;
  customerId: string;
  customerIds: string[];
  status: string;
  completedAt: string | null;
  receipts: Receipt[];
}

interface Person {
  id: string;
  email: string;
  phone: string;
  ticketId: string;
}

const receiptSummary = (receipts: Receipt[]) =>
  receipts.map(({ service, status, rowsErased, rowsDeidentified }) => ({
    service,
    status,
    rowsErased,
    rowsDeidentified,
  }));

/** Every row of every table in every subgraph database that mentions `needle`, as `db.table`. */
async function rowsMentioning(needle: string): Promise<string[]> {
  const hits: string[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const tables = await sql<{ table_name: string }>(
      name,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
    );
    for (const { table_name: table } of tables) {
      const [row] = await sql<{ n: number }>(
        name,
        `SELECT count(*)::int AS n FROM "${table}" t WHERE t::text ILIKE '%' || $1 || '%'`,
        [needle],
      );
      if (row!.n > 0) hits.push(`${name}.${table}`);
    }
  }
  return hits.sort();
}

const logLines = () =>
  SUBGRAPH_NAMES.flatMap((name) => {
    try {
      return readFileSync(path.join(LOG_DIR, `${name}.log`), 'utf8').split('\n');
    } catch {
      return [];
    }
  });

describe('eraseCustomer: PII erased in every subgraph, orders kept de-identified, identifiers suppressed', () => {
  const processes: Partial<Record<SubgraphName, SubgraphProcess>> = {};
  let gateway: RunningGateway;

  const startSubgraph = async (name: SubgraphName) => {
    processes[name] = await startSubgraphProcess(name, {
      LOG_LEVEL: 'debug',
      LOG_FILE: path.join(LOG_DIR, `${name}.log`),
      ERASURE_POLL_INTERVAL_MS: String(POLL_MS),
      ...(name === 'customers' ? {} : { CUSTOMERS_URL: processes.customers!.url }),
    });
  };

  beforeAll(async () => {
    await startSubgraph('customers');
    await Promise.all((['marketing', 'sales', 'support'] as const).map(startSubgraph));
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, processes[name]!.url]));
    gateway = await startGateway({
      supergraphSdl: composeSupergraph(urls as Record<SubgraphName, string>),
      port: 0,
      host: '127.0.0.1',
      auth: testAuth(),
      logging: false,
    });
  }, 120_000);
  afterAll(async () => {
    await gateway?.stop();
    await Promise.all(
      Object.values(processes).map(async (subgraph) => {
        subgraph.child.kill('SIGTERM');
        await subgraph.exited;
      }),
    );
  });

  const query = <T = Record<string, any>>(
    text: string,
    variables?: Record<string, unknown>,
    scopes?: string[],
  ) => postGraphQL<T>(gateway.url, text, variables, scopes);

  const ok = <T>(response: GraphQLResponse<T>): T => {
    expect(response.errors).toBeUndefined();
    return response.data!;
  };

  /** A person with data in every department: 2 signals and a consent, an order, a ticket with a message. */
  async function personWithData(label: string): Promise<Person> {
    const tag = randomUUID().slice(0, 8);
    const email = `${label}.${tag}@example.com`;
    const phone = `+49151${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
    const { identify } = ok(
      await query<{ identify: { customer: { id: string } } }>(
        'mutation ($input: IdentifyInput!) { identify(input: $input) { customer { id } } }',
        { input: { email, phone, displayName: `Erase ${label}`, country: 'DE' } },
      ),
    );
    const id = identify.customer.id;
    const at = new Date(Date.now() - 60_000).toISOString();
    ok(
      await query('mutation ($input: RecordSignalsInput!) { recordSignals(input: $input) { accepted } }', {
        input: {
          signals: [1, 2].map((n) => ({
            customerId: id,
            clientEventId: `erase-${tag}-${n}`,
            kind: 'PRICING_VIEW',
            channel: 'WEB',
            occurredAt: at,
          })),
        },
      }),
    );
    ok(
      await query('mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }', {
        input: {
          customerId: id,
          clientEventId: `erase-consent-${tag}`,
          channel: 'EMAIL',
          purpose: 'MARKETING',
          granted: true,
          source: 'web-form',
        },
      }),
    );
    ok(
      await query('mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
        input: {
          customerIdentifier: { email },
          clientOrderId: `erase-order-${tag}`,
          channel: 'WEB',
          currency: 'EUR',
          lines: [{ sku: 'SKU-STARTER-KIT', quantity: 2, unitPriceMinor: 4900 }],
        },
      }),
    );
    const { openTicket } = ok(
      await query<{ openTicket: { id: string } }>(
        'mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }',
        {
          input: {
            customerId: id,
            clientTicketId: `erase-ticket-${tag}`,
            subject: 'Charged twice',
            topic: 'billing-double-charge',
            channel: 'EMAIL',
          },
        },
      ),
    );
    ok(
      await query('mutation ($input: RecordInteractionInput!) { recordInteraction(input: $input) { id } }', {
        input: {
          ticketId: openTicket.id,
          clientEventId: `erase-message-${tag}`,
          kind: 'CUSTOMER_MESSAGE',
          channel: 'EMAIL',
          body: `Please call me on ${phone} or write to ${email}`,
        },
      }),
    );
    // A write about the ticket that names no customer: its replay record goes with the ticket.
    ok(
      await query(
        'mutation ($input: UpdateTicketStatusInput!) { updateTicketStatus(input: $input) { id } }',
        {
          input: { ticketId: openTicket.id, clientEventId: `erase-status-${tag}`, status: 'PENDING' },
        },
      ),
    );
    return { id, email, phone, ticketId: openTicket.id };
  }

  it('should erase the person everywhere and answer a receipt per service when every department is up', async () => {
    const person = await personWithData('everywhere');
    expect(await rowsMentioning(person.email)).toEqual([
      'customers.customer_identifiers',
      'customers.customers',
      'support.interactions',
    ]);

    const { eraseCustomer } = ok(await query<{ eraseCustomer: Erasure }>(ERASE, { id: person.id }));

    expect(eraseCustomer).toMatchObject({
      customerId: person.id,
      customerIds: [person.id],
      status: 'COMPLETED',
    });
    expect(receiptSummary(eraseCustomer.receipts)).toEqual([
      // The email and phone identifiers; the row kept as a tombstone.
      { service: 'CUSTOMERS', status: 'ERASED', rowsErased: 2, rowsDeidentified: 1 },
      // 2 signals, the consent, its history row and the record that answers a replay of setConsent.
      { service: 'MARKETING', status: 'ERASED', rowsErased: 5, rowsDeidentified: 0 },
      { service: 'SALES', status: 'ERASED', rowsErased: 0, rowsDeidentified: 1 },
      // The ticket (its message, by cascade) and the replay record of its status change.
      { service: 'SUPPORT', status: 'ERASED', rowsErased: 2, rowsDeidentified: 0 },
    ]);
    expect(await rowsMentioning(person.email)).toEqual([]);
    expect(await rowsMentioning(person.phone)).toEqual([]);
    expect(await rowsMentioning(person.phone.slice(1))).toEqual([]);
    expect(await rowsMentioning(person.ticketId)).toEqual([]);

    // The audit log tells who erased whom and when each service confirmed, with ids only.
    const audit = await sql<{ action: string; actor: string; detail: Record<string, unknown> }>(
      'customers',
      `SELECT action, actor, detail FROM audit_events
       WHERE customer_ids @> ARRAY[$1]::uuid[] AND action <> 'PII_READ' ORDER BY occurred_at, action`,
      [person.id],
    );
    const rows = audit.map(({ action, actor, detail }) => [action, actor, detail.service ?? null]);
    expect(rows[0]).toEqual(['ERASURE_REQUESTED', `test:${ALL_SCOPES.join(' ')}`, null]);
    expect(rows.slice(1, 4).sort()).toEqual(
      ['MARKETING', 'SALES', 'SUPPORT'].map((service) => [
        'DEPARTMENT_ERASED',
        `service:${service.toLowerCase()}`,
        service,
      ]),
    );
    expect(rows.slice(4)).toEqual([['ERASURE_COMPLETED', expect.stringMatching(/^service:/), null]]);
    const lines = logLines();
    expect(lines.length).toBeGreaterThan(10);
    expect(
      lines.filter((line) => line.includes(person.email) || line.includes(person.phone.slice(1))),
    ).toEqual([]);
    expect(lines.some((line) => line.includes('erasure carried out'))).toBe(true);

    // The order stays, for revenue, under an id that leads nowhere.
    const orders = await sql<{ customer_id: string; total_minor: string }>(
      'sales',
      'SELECT customer_id, total_minor FROM orders WHERE client_order_id LIKE $1',
      [`erase-order-%`],
    );
    const kept = orders.filter((order) => order.total_minor === '9800');
    expect(kept.length).toBeGreaterThanOrEqual(1);
    expect(kept.map((order) => order.customer_id)).not.toContain(person.id);

    const { customer } = ok(
      await query<{ customer: Record<string, unknown> }>(
        'query ($id: ID!) { customer(id: $id) { id displayName email phone erasedAt salesSummary { orderCount } } }',
        { id: person.id },
      ),
    );
    expect(customer).toMatchObject({ id: person.id, displayName: null, email: null, phone: null });
    expect(customer.erasedAt).toEqual(expect.any(String));
  });

  it('should return the first erasure and change nothing when the erasure runs again', async () => {
    const person = await personWithData('twice');
    const first = ok(await query<{ eraseCustomer: Erasure }>(ERASE, { id: person.id })).eraseCustomer;
    const again = ok(await query<{ eraseCustomer: Erasure }>(ERASE, { id: person.id })).eraseCustomer;
    expect(again).toEqual(first);
  });

  it('should refuse every later write naming the erased person with FORBIDDEN, reason SUPPRESSED', async () => {
    const person = await personWithData('suppressed');
    ok(await query(ERASE, { id: person.id }));

    const identify = await query(
      'mutation ($input: IdentifyInput!) { identify(input: $input) { customer { id } } }',
      { input: { email: ` ${person.email.toUpperCase()} ` } },
    );
    expect(identify.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SUPPRESSED',
      field: 'input.email',
    });

    const create = await query(
      'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
      {
        input: { phone: person.phone, displayName: 'Again' },
      },
    );
    expect(create.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SUPPRESSED',
      field: 'input.phone',
    });

    const byEmail = await query(
      'mutation ($input: RecordSignalsInput!) { recordSignals(input: $input) { accepted } }',
      {
        input: {
          signals: [
            {
              customerIdentifier: { email: person.email },
              clientEventId: `after-erasure-${randomUUID()}`,
              kind: 'PRICING_VIEW',
              channel: 'WEB',
              occurredAt: new Date().toISOString(),
            },
          ],
        },
      },
    );
    expect(byEmail.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SUPPRESSED',
      field: 'input.signals.0.customerIdentifier.email',
    });

    const byId = await query('mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }', {
      input: {
        customerId: person.id,
        clientOrderId: `after-erasure-${randomUUID()}`,
        channel: 'WEB',
        currency: 'EUR',
        lines: [{ sku: 'SKU-STARTER-KIT', quantity: 1, unitPriceMinor: 4900 }],
      },
    });
    expect(byId.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'SUPPRESSED',
      field: 'input.customerId',
    });
    expect(await rowsMentioning(person.email)).toEqual([]);
    // The list holds keyed hashes, not the identifiers: one each for the email and the phone.
    const hashes = await sql<{ hash: string }>(
      'customers',
      'SELECT hash FROM suppressed_identifiers WHERE customer_id = $1',
      [person.id],
    );
    expect(hashes.map((row) => row.hash)).toEqual([
      expect.stringMatching(/^[0-9a-f]{64}$/),
      expect.stringMatching(/^[0-9a-f]{64}$/),
    ]);
  });

  it('should answer FORBIDDEN and erase nothing when the caller is not an admin', async () => {
    const person = await personWithData('not-admin');
    const response = await query(ERASE, { id: person.id }, ['pii:read', 'support:write']);
    expect(response.data?.eraseCustomer ?? null).toBeNull();
    expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowsMentioning(person.email)).toEqual([
      'customers.customer_identifiers',
      'customers.customers',
      'support.interactions',
    ]);
  });

  it('should keep an erasure pending while a department is down, then complete it once that department is back', async () => {
    const person = await personWithData('pending');
    const support = processes.support!;
    support.child.kill('SIGTERM');
    expect(await support.exited).toBe(0);

    const { eraseCustomer } = ok(await query<{ eraseCustomer: Erasure }>(ERASE, { id: person.id }));
    expect(eraseCustomer.status).toBe('PENDING');
    expect(eraseCustomer.receipts.map((receipt) => [receipt.service, receipt.status])).toEqual([
      ['CUSTOMERS', 'ERASED'],
      ['MARKETING', 'ERASED'],
      ['SALES', 'ERASED'],
      ['SUPPORT', 'PENDING'],
    ]);
    expect(await rowsMentioning(person.email)).toEqual(['support.interactions']);

    await startSubgraph('support');
    let erasure: Erasure | undefined;
    for (let attempt = 0; attempt < 50 && erasure?.status !== 'COMPLETED'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      erasure = ok(await query<{ erasure: Erasure }>(ERASURE, { customerId: person.id })).erasure;
    }
    expect(erasure?.status).toBe('COMPLETED');
    expect(receiptSummary(erasure!.receipts).at(-1)).toEqual({
      service: 'SUPPORT',
      status: 'ERASED',
      rowsErased: 2,
      rowsDeidentified: 0,
    });
    expect(await rowsMentioning(person.email)).toEqual([]);
    expect(await rowsMentioning(person.phone)).toEqual([]);
  }, 60_000);
});
