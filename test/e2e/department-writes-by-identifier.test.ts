import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '../../lib/config';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { sql } from '../helpers/db';
import {
  type GraphQLResponse,
  postGraphQL,
  type Stack,
  startStack,
  startTestSubgraph,
} from '../helpers/stack';

type Department = Exclude<SubgraphName, 'customers'>;
/** How a write names its customer: `{ customerId }`, `{ customerIdentifier }`, both or neither. */
type CustomerRef = Record<string, unknown>;

interface Stored {
  id: string;
  customerId: string;
}

/**
 * One write of a department, keyed by a client id: the mutation, its input for a customer reference and a
 * key, where the reference sits in the input, the record it answers and the rows stored under the key.
 */
interface DepartmentWrite {
  department: Department;
  mutation: string;
  input(ref: CustomerRef, key: string): Record<string, unknown>;
  /** The argument path of the object that holds `customerId` and `customerIdentifier`. */
  root: string;
  record(data: Record<string, any>): Stored;
  stored(key: string): Promise<Stored[]>;
}

/** One time for every signal, so a replay's payload is the first write's. */
const OCCURRED_AT = new Date(Date.now() - 60_000).toISOString();

const WRITES: DepartmentWrite[] = [
  {
    department: 'sales',
    mutation: `#graphql
      mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id customer { id } } }`,
    input: (ref, key) => ({
      ...ref,
      clientOrderId: key,
      channel: 'WEB',
      currency: 'EUR',
      lines: [{ sku: 'SKU-STARTER-KIT', quantity: 1, unitPriceMinor: 4900 }],
    }),
    root: 'input',
    record: (data) => ({ id: data.placeOrder.id, customerId: data.placeOrder.customer.id }),
    stored: (key) =>
      sql<Stored>('sales', 'SELECT id, customer_id AS "customerId" FROM orders WHERE client_order_id = $1', [
        key,
      ]),
  },
  {
    department: 'marketing',
    mutation: `#graphql
      mutation ($input: RecordSignalsInput!) {
        recordSignals(input: $input) { accepted duplicates signals { id customer { id } } }
      }`,
    input: (ref, key) => ({
      signals: [
        { ...ref, clientEventId: key, kind: 'PRICING_VIEW', channel: 'WEB', occurredAt: OCCURRED_AT },
      ],
    }),
    root: 'input.signals.0',
    record: (data) => ({
      id: data.recordSignals.signals[0].id,
      customerId: data.recordSignals.signals[0].customer.id,
    }),
    stored: (key) =>
      sql<Stored>(
        'marketing',
        'SELECT id, customer_id AS "customerId" FROM signals WHERE client_event_id = $1',
        [key],
      ),
  },
  {
    department: 'support',
    mutation: `#graphql
      mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id customer { id } } }`,
    input: (ref, key) => ({
      ...ref,
      clientTicketId: key,
      subject: 'Charged twice',
      topic: 'billing-double-charge',
      channel: 'EMAIL',
    }),
    root: 'input',
    record: (data) => ({ id: data.openTicket.id, customerId: data.openTicket.customer.id }),
    stored: (key) =>
      sql<Stored>(
        'support',
        'SELECT id, customer_id AS "customerId" FROM tickets WHERE client_ticket_id = $1',
        [key],
      ),
  },
];

/** A German mobile number nobody else has: national form, and the E.164 the customers service stores. */
function freshPhone() {
  const digits = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
  return { national: `0151 ${digits}`, e164: `+49151${digits}` };
}

interface TestCustomer {
  id: string;
  email: string;
  phone: { national: string; e164: string };
  external: { system: string; externalId: string };
}

describe('department writes that name the customer by id or identifier, through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** A fresh customer with an email, a phone and a CRM id, made by `identify`. */
  const newCustomer = async (label: string): Promise<TestCustomer> => {
    const tag = randomUUID().slice(0, 8);
    const email = `${label}.${tag}@example.com`;
    const phone = freshPhone();
    const external = { system: 'crm', externalId: `CRM-${tag}` };
    const response = await stack.query<{ identify: { customer: { id: string } } }>(
      `#graphql
        mutation ($input: IdentifyInput!) { identify(input: $input) { customer { id } } }`,
      { input: { email, phone: phone.e164, externalIds: [external], displayName: label, country: 'DE' } },
    );
    expect(response.errors).toBeUndefined();
    return { id: response.data!.identify.customer.id, email, phone, external };
  };

  /** Ids merged by the running test; undone after it, so other files' customer counts stay as they were. */
  let mergedByTest: string[] = [];
  const merge = async (survivorId: string, mergedId: string) => {
    const response = await stack.query(
      'mutation ($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m }) { dryRun } }',
      { s: survivorId, m: mergedId },
    );
    expect(response.errors).toBeUndefined();
    mergedByTest.push(mergedId);
  };
  afterEach(async () => {
    for (const mergedId of mergedByTest) {
      const response = await stack.query(
        'mutation ($m: ID!) { unmergeCustomer(input: { mergedId: $m }) { restoredIds } }',
        { m: mergedId },
      );
      expect(response.errors).toBeUndefined();
    }
    mergedByTest = [];
  });

  const key = (label: string) => `by-identifier-${label}-${randomUUID()}`;

  describe.each(WRITES.map((write) => [write.department, write] as const))('%s', (_department, write) => {
    const send = (ref: CustomerRef, clientKey: string) =>
      stack.query<Record<string, any>>(write.mutation, { input: write.input(ref, clientKey) });

    /** Sends the write and returns the record it answers and the rows stored under its key. */
    const written = async (ref: CustomerRef, clientKey: string) => {
      const response = await send(ref, clientKey);
      expect(response.errors).toBeUndefined();
      return { record: write.record(response.data!), rows: await write.stored(clientKey) };
    };

    it('should store the write under the customer when it names the customer by email', async () => {
      const customer = await newCustomer(`${write.department}.email`);
      const clientKey = key('email');
      const { record, rows } = await written(
        { customerIdentifier: { email: ` ${customer.email.toUpperCase()} ` } },
        clientKey,
      );
      expect(record.customerId).toBe(customer.id);
      expect(rows).toEqual([{ id: record.id, customerId: customer.id }]);
    });

    it('should store the write under the customer when it names the customer by a national phone with phoneCountry', async () => {
      const customer = await newCustomer(`${write.department}.phone`);
      const clientKey = key('phone');
      const { record, rows } = await written(
        { customerIdentifier: { phone: customer.phone.national, phoneCountry: 'DE' } },
        clientKey,
      );
      expect(record.customerId).toBe(customer.id);
      expect(rows).toEqual([{ id: record.id, customerId: customer.id }]);
    });

    it('should store the write under the customer when it names the customer by an external id', async () => {
      const customer = await newCustomer(`${write.department}.external`);
      const clientKey = key('external');
      const { record, rows } = await written(
        { customerIdentifier: { external: customer.external } },
        clientKey,
      );
      expect(record.customerId).toBe(customer.id);
      expect(rows).toEqual([{ id: record.id, customerId: customer.id }]);
    });

    it.each([
      ['id', (merged: TestCustomer) => ({ customerId: merged.id })],
      ['email', (merged: TestCustomer) => ({ customerIdentifier: { email: merged.email } })],
    ])(
      'should store the write under the survivor when it names a merged customer by %s',
      async (_by, ref) => {
        const survivor = await newCustomer(`${write.department}.survivor`);
        const merged = await newCustomer(`${write.department}.merged`);
        await merge(survivor.id, merged.id);
        const clientKey = key('merged');
        const { record, rows } = await written(ref(merged), clientKey);
        expect(record.customerId).toBe(survivor.id);
        expect(rows).toEqual([{ id: record.id, customerId: survivor.id }]);
      },
    );

    it('should answer NOT_FOUND at customerIdentifier.email and write nothing when nobody has the email', async () => {
      const clientKey = key('unknown');
      const response = await send(
        { customerIdentifier: { email: `nobody.${randomUUID()}@example.com` } },
        clientKey,
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: `${write.root}.customerIdentifier.email`,
      });
      expect(await write.stored(clientKey)).toEqual([]);
    });

    it.each([
      [
        'both customerId and customerIdentifier are given',
        (c: TestCustomer) => ({ customerId: c.id, customerIdentifier: { email: c.email } }),
      ],
      ['neither customerId nor customerIdentifier is given', () => ({})],
    ])('should answer BAD_USER_INPUT at customerId and write nothing when %s', async (_when, ref) => {
      const customer = await newCustomer(`${write.department}.ambiguous`);
      const clientKey = key('ambiguous');
      const response = await send(ref(customer), clientKey);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: `${write.root}.customerId`,
      });
      expect(await write.stored(clientKey)).toEqual([]);
    });

    it.each([
      ['customerIdentifier.phone', 'the phone is not a phone number', { phone: '12', phoneCountry: 'DE' }],
      ['customerIdentifier.phone', 'a national phone comes without phoneCountry', { phone: '0151 23456789' }],
      ['customerIdentifier.email', 'the email is not an email address', { email: 'not-an-email' }],
      [
        'customerIdentifier',
        'the identifier sets two kinds',
        { email: 'a@example.com', phone: '+4915123456789' },
      ],
    ])('should answer BAD_USER_INPUT at %s and write nothing when %s', async (field, _when, identifier) => {
      const clientKey = key('invalid');
      const response = await send({ customerIdentifier: identifier }, clientKey);
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: `${write.root}.${field}`,
      });
      expect(await write.stored(clientKey)).toEqual([]);
    });

    it('should replay the first record, not answer CONFLICT, when a write first made by id is sent again by email', async () => {
      const customer = await newCustomer(`${write.department}.replay`);
      const clientKey = key('replay');
      const first = await written({ customerId: customer.id.toUpperCase() }, clientKey);
      const again = await written({ customerIdentifier: { email: customer.email } }, clientKey);
      expect(again.record).toEqual(first.record);
      expect(again.rows).toEqual([{ id: first.record.id, customerId: customer.id }]);
    });
  });

  describe('recordSignals with a batch of several customers', () => {
    const RECORD = `#graphql
      mutation ($input: RecordSignalsInput!) {
        recordSignals(input: $input) { accepted signals { clientEventId customer { id } } }
      }`;
    const signal = (ref: CustomerRef, clientEventId: string) => ({
      ...ref,
      clientEventId,
      kind: 'PAGE_VIEW',
      channel: 'WEB',
      occurredAt: OCCURRED_AT,
    });
    const storedCount = async (keys: string[]) =>
      (
        await sql<{ n: number }>(
          'marketing',
          'SELECT count(*)::int AS n FROM signals WHERE client_event_id = ANY($1)',
          [keys],
        )
      )[0]!.n;

    it('should store every signal under its customer when the batch mixes ids and identifiers', async () => {
      const [a, b, c] = await Promise.all(['batch.a', 'batch.b', 'batch.c'].map(newCustomer));
      const keys = [0, 1, 2, 3].map((index) => key(`batch-${index}`));
      const response = await stack.query<{
        recordSignals: {
          accepted: number;
          signals: Array<{ clientEventId: string; customer: { id: string } }>;
        };
      }>(RECORD, {
        input: {
          signals: [
            signal({ customerId: a!.id }, keys[0]!),
            signal({ customerIdentifier: { email: b!.email } }, keys[1]!),
            signal({ customerIdentifier: { phone: c!.phone.national, phoneCountry: 'DE' } }, keys[2]!),
            signal({ customerIdentifier: { external: a!.external } }, keys[3]!),
          ],
        },
      });
      expect(response.errors).toBeUndefined();
      expect(response.data!.recordSignals).toEqual({
        accepted: 4,
        signals: [
          { clientEventId: keys[0], customer: { id: a!.id } },
          { clientEventId: keys[1], customer: { id: b!.id } },
          { clientEventId: keys[2], customer: { id: c!.id } },
          { clientEventId: keys[3], customer: { id: a!.id } },
        ],
      });
    });

    it('should answer NOT_FOUND at the unknown identifier and write nothing when one identifier of a mixed batch is unknown', async () => {
      const [a, b] = await Promise.all(['unknown.a', 'unknown.b'].map(newCustomer));
      const keys = [0, 1, 2, 3].map((index) => key(`unknown-batch-${index}`));
      const response = await stack.query(RECORD, {
        input: {
          signals: [
            signal({ customerId: a!.id }, keys[0]!),
            signal({ customerIdentifier: { email: b!.email } }, keys[1]!),
            signal(
              { customerIdentifier: { external: { system: 'crm', externalId: randomUUID() } } },
              keys[2]!,
            ),
            signal({ customerIdentifier: { phone: b!.phone.e164 } }, keys[3]!),
          ],
        },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.signals.2.customerIdentifier.external',
      });
      expect(await storedCount(keys)).toBe(0);
    });

    it('should answer BAD_USER_INPUT at the signal with neither and write nothing when one signal names no customer', async () => {
      const a = await newCustomer('neither.a');
      const keys = [0, 1, 2, 3].map((index) => key(`neither-batch-${index}`));
      const response = await stack.query(RECORD, {
        input: {
          signals: [
            signal({ customerId: a.id }, keys[0]!),
            signal({ customerIdentifier: { email: a.email } }, keys[1]!),
            signal({ customerId: a.id }, keys[2]!),
            signal({}, keys[3]!),
          ],
        },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.signals.3.customerId',
      });
      expect(await storedCount(keys)).toBe(0);
    });
  });

  describe('sales rows of a merged customer', () => {
    const CHANGE = `#graphql
      mutation ($input: ChangeSubscriptionInput!) {
        changeSubscription(input: $input) { id status customer { id } }
      }`;

    it('should cancel a subscription started under a merged customer when the write names the survivor by email', async () => {
      const survivor = await newCustomer('subscription.survivor');
      const merged = await newCustomer('subscription.merged');
      const started = await stack.query<{ changeSubscription: { id: string } }>(CHANGE, {
        input: {
          customerId: merged.id,
          clientEventId: key('subscription-start'),
          action: 'START',
          plan: 'basic',
          mrrMinor: 900,
          currency: 'EUR',
        },
      });
      expect(started.errors).toBeUndefined();
      await merge(survivor.id, merged.id);
      const subscriptionId = started.data!.changeSubscription.id;
      const cancelled = await stack.query(CHANGE, {
        input: {
          customerIdentifier: { email: survivor.email },
          clientEventId: key('subscription-cancel'),
          action: 'CANCEL',
          subscriptionId,
        },
      });
      expect(cancelled.errors).toBeUndefined();
      // The row stays the merged customer's (a merge rewrites no department row), so unmerge restores it.
      expect(cancelled.data).toEqual({
        changeSubscription: { id: subscriptionId, status: 'CANCELLED', customer: { id: merged.id } },
      });
    });

    it('should replay the first order, not place a second one, when an order placed under a merged id is replayed after the merge', async () => {
      const sales = WRITES.find((write) => write.department === 'sales')!;
      const survivor = await newCustomer('order.survivor');
      const merged = await newCustomer('order.merged');
      const clientKey = key('order-merge');
      const first = await stack.query<Record<string, any>>(sales.mutation, {
        input: sales.input({ customerId: merged.id }, clientKey),
      });
      expect(first.errors).toBeUndefined();
      await merge(survivor.id, merged.id);
      const replay = await stack.query(sales.mutation, {
        input: sales.input({ customerId: merged.id }, clientKey),
      });
      // The merged id now answers the survivor, but the key is the same write: the first order, unchanged.
      expect(replay).toEqual(first);
      expect(await sales.stored(clientKey)).toEqual([
        { id: first.data!.placeOrder.id, customerId: merged.id },
      ]);
    });
  });
});

describe('department writes when the customers service is down', () => {
  const departments: Department[] = ['sales', 'marketing', 'support'];
  const running: Partial<Record<Department, RunningSubgraph>> = {};
  beforeAll(async () => {
    // The default customers URL (port 9, discard) refuses every connection.
    for (const department of departments) running[department] = await startTestSubgraph(department);
  });
  afterAll(() => Promise.all(Object.values(running).map((subgraph) => subgraph.stop())));

  it.each(
    WRITES.flatMap(
      (write): Array<[Department, string, DepartmentWrite, CustomerRef]> => [
        [
          write.department,
          'an email',
          write,
          { customerIdentifier: { email: 'lena.lindqvist@example.com' } },
        ],
        [write.department, 'an id', write, { customerId: '06f9c031-95a3-5a98-a54b-70bcab01d8d1' }],
      ],
    ),
  )(
    'should answer SERVICE_UNAVAILABLE, never NOT_FOUND, and write nothing when %s names the customer by %s',
    async (department, _by, write, ref) => {
      const clientKey = `by-identifier-down-${randomUUID()}`;
      const response: GraphQLResponse = await postGraphQL(running[department]!.url, write.mutation, {
        input: write.input(ref, clientKey),
      });
      expect(response.data).toBeNull();
      expect(response.errors?.map((error) => error.extensions)).toEqual([
        { code: 'SERVICE_UNAVAILABLE', serviceName: 'customers' },
      ]);
      expect(await write.stored(clientKey)).toEqual([]);
    },
  );
});
