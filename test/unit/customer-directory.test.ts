import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type CustomerDirectory,
  createCustomerDirectory,
  parseCustomerRef,
  resolveCustomerRef,
  resolveCustomerRefs,
  underCustomer,
} from '../../lib/customer-directory';

const TEST_CREDENTIALS = { gatewaySecret: 'x'.repeat(32), token: async () => 'service-token' };

const A = '0a000000-0000-4000-8000-00000000000a';
const B = '0b000000-0000-4000-8000-00000000000b';
const SURVIVOR = '0c000000-0000-4000-8000-00000000000c';

interface Received {
  query: string;
  variables: Record<string, any>;
  requestId: string | string[] | undefined;
}

/** How the fake customers service answers one request. */
type Reply = (request: Received, res: ServerResponse) => void;

const json = (res: ServerResponse, body: unknown, status = 200) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

/** Answers every id or identifier with `answer(key)`: a customer, or null. */
const answering =
  (answer: (key: string) => { id: string; mergedIds: string[] | null } | null): Reply =>
  (request, res) => {
    const { representations, identifiers } = request.variables;
    if (representations)
      return json(res, { data: { _entities: representations.map((r: { id: string }) => answer(r.id)) } });
    return json(res, {
      data: { customersByIdentifiers: identifiers.map((i: unknown) => answer(JSON.stringify(i))) },
    });
  };

/** What a rejected promise carries, as a client sees it. */
async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return { message: (error as Error).message, extensions: (error as { extensions?: unknown }).extensions };
  }
  throw new Error('expected the promise to reject');
}

describe('customer directory (lib/customer-directory)', () => {
  let server: Server;
  let url: string;
  let received: Received[];
  let reply: Reply;
  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        const request = { ...JSON.parse(body), requestId: req.headers['x-request-id'] } as Received;
        received.push(request);
        reply(request, res);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  let directory: CustomerDirectory;
  beforeEach(() => {
    received = [];
    reply = answering(() => null);
    directory = createCustomerDirectory(url, 'request-1', TEST_CREDENTIALS);
  });

  it('should send one request per kind, with normalized identifiers, when a batch names customers both ways', async () => {
    reply = answering((key) => ({ id: key.includes('b@example.com') ? B : A, mergedIds: [] }));
    const resolved = await resolveCustomerRefs(
      directory,
      [
        { customerId: A.toUpperCase() },
        { customerIdentifier: { email: ' B@Example.com ' } },
        { customerId: SURVIVOR },
        { customerIdentifier: { phone: '030 1234567', phoneCountry: 'DE' } },
        { customerIdentifier: { external: { system: 'crm', externalId: 'C-1' } } },
        { customerIdentifier: { email: 'b@example.com' } },
      ],
      (index) => ['input', 'signals', index],
    );
    expect(resolved.map((customer) => customer.id)).toEqual([A, B, A, A, A, B]);
    expect(received.map((request) => request.variables)).toEqual([
      {
        representations: [
          { __typename: 'Customer', id: A },
          { __typename: 'Customer', id: SURVIVOR },
        ],
      },
      {
        identifiers: [
          { email: 'b@example.com' },
          { phone: '+49301234567' },
          { external: { system: 'crm', externalId: 'C-1' } },
        ],
      },
    ]);
  });

  it('should answer the survivor’s id and merged ids when the customers service resolves a merged id to it', async () => {
    reply = answering(() => ({ id: SURVIVOR.toUpperCase(), mergedIds: [B.toUpperCase()] }));
    expect(await resolveCustomerRef(directory, { customerId: B }, ['input'])).toEqual({
      id: SURVIVOR,
      mergedIds: [B],
      erased: false,
    });
  });

  it('should count the id asked for among the merged ids when the customers service answers them relative to that alias', async () => {
    reply = answering(() => ({ id: SURVIVOR, mergedIds: [SURVIVOR, A] }));
    expect(await directory.byId(B)).toEqual({ id: SURVIVOR, mergedIds: [A, B], erased: false });
  });

  it('should read absent merged ids as none when the customers service answers mergedIds null', async () => {
    reply = answering(() => ({ id: A, mergedIds: null }));
    expect(await directory.byId(A)).toEqual({ id: A, mergedIds: [], erased: false });
  });

  it.each([
    [{ customerId: A }, 'input.customerId'],
    [{ customerIdentifier: { email: 'Erased@Example.com' } }, 'input.customerIdentifier.email'],
  ])(
    'should refuse with FORBIDDEN, reason SUPPRESSED, when %j names an erased person',
    async (ref, field) => {
      reply = answering(() => ({ id: A, mergedIds: [], erasedAt: '2026-11-22T10:00:00.000Z' }));
      expect(await failure(resolveCustomerRef(directory, ref, ['input']))).toEqual({
        message: `${field} names a person whose data was erased; nothing about them is recorded again`,
        extensions: { code: 'FORBIDDEN', reason: 'SUPPRESSED', field },
      });
    },
  );

  it('should split identifiers into requests of at most 100 when a batch holds more', async () => {
    reply = answering(() => ({ id: A, mergedIds: [] }));
    const refs = Array.from({ length: 150 }, (_, index) => ({
      customerIdentifier: { email: `person.${index}@example.com` },
    }));
    await resolveCustomerRefs(directory, refs, (index) => ['input', 'signals', index]);
    expect(received.map((request) => request.variables.identifiers.length)).toEqual([100, 50]);
  });

  it.each([
    [{ customerId: A }, 'input.customerId', `Customer ${A} was not found`],
    [
      { customerIdentifier: { email: 'Nobody@Example.com' } },
      'input.customerIdentifier.email',
      'Customer with email nobody@example.com was not found',
    ],
    [
      { customerIdentifier: { phone: '+49301234567' } },
      'input.customerIdentifier.phone',
      'Customer with phone +49301234567 was not found',
    ],
    [
      { customerIdentifier: { external: { system: 'crm', externalId: 'C-9' } } },
      'input.customerIdentifier.external',
      'Customer with crm id C-9 was not found',
    ],
  ])(
    'should answer NOT_FOUND at the argument when the customers service knows nobody for %j',
    async (ref, field, message) => {
      expect(await failure(resolveCustomerRef(directory, ref, ['input']))).toEqual({
        message,
        extensions: { code: 'NOT_FOUND', field },
      });
    },
  );

  it('should answer NOT_FOUND at the first unknown position, after one request per kind, when a batch has several unknown customers', async () => {
    reply = answering((key) => (key === A ? { id: A, mergedIds: [] } : null));
    const refs = [
      { customerId: A },
      { customerIdentifier: { email: 'x@example.com' } },
      { customerId: B },
      { customerIdentifier: { email: 'y@example.com' } },
    ];
    expect(await failure(resolveCustomerRefs(directory, refs, (i) => ['input', 'signals', i]))).toMatchObject(
      {
        extensions: { code: 'NOT_FOUND', field: 'input.signals.1.customerIdentifier.email' },
      },
    );
    expect(received).toHaveLength(2);
  });

  it('should answer BAD_USER_INPUT before asking the customers service when a later ref of a batch is invalid', async () => {
    const refs = [{ customerId: A }, { customerIdentifier: { phone: '12', phoneCountry: 'DE' } }];
    expect(await failure(resolveCustomerRefs(directory, refs, (i) => ['input', 'signals', i]))).toMatchObject(
      {
        extensions: { code: 'BAD_USER_INPUT', field: 'input.signals.1.customerIdentifier.phone' },
      },
    );
    expect(received).toEqual([]);
  });

  it.each([
    ['an HTTP 500', (_request: Received, res: ServerResponse) => json(res, { errors: [] }, 500)],
    ['a body that is not JSON', (_request: Received, res: ServerResponse) => json(res, '<html>oops</html>')],
    [
      'GraphQL errors',
      (_request: Received, res: ServerResponse) => json(res, { errors: [{ message: 'boom' }], data: null }),
    ],
    ['no data', (_request: Received, res: ServerResponse) => json(res, {})],
    ['JSON null', (_request: Received, res: ServerResponse) => json(res, 'null')],
    [
      'a list of the wrong length',
      (_request: Received, res: ServerResponse) =>
        json(res, { data: { _entities: [], customersByIdentifiers: [] } }),
    ],
    ['a customer without a UUID id', answering(() => ({ id: 'not-a-uuid', mergedIds: [] }))],
    ['merged ids that are not UUIDs', answering(() => ({ id: A, mergedIds: ['x'] }))],
  ])(
    'should answer SERVICE_UNAVAILABLE, never NOT_FOUND, when the customers service answers %s',
    async (_what, garbage) => {
      reply = garbage;
      for (const ref of [{ customerId: A }, { customerIdentifier: { email: 'a@example.com' } }]) {
        expect(await failure(resolveCustomerRef(directory, ref, ['input']))).toEqual({
          message: 'The customers service is unavailable; retry the request',
          extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'customers' },
        });
      }
    },
  );

  it('should answer SERVICE_UNAVAILABLE when the customers service refuses connections', async () => {
    const refused = createCustomerDirectory('http://127.0.0.1:9/graphql', undefined, TEST_CREDENTIALS);
    expect(await failure(resolveCustomerRef(refused, { customerId: A }, ['input']))).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'customers' },
    });
  });

  it('should answer SERVICE_UNAVAILABLE after 3 s when the customers service does not answer', async () => {
    reply = () => {};
    const started = Date.now();
    expect(await failure(directory.byId(A))).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_900);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('should forward the request id to the customers service when one is given', async () => {
    await directory.byId(A);
    expect(received.map((request) => request.requestId)).toEqual(['request-1']);
  });
});

describe('customer references (parseCustomerRef, underCustomer)', () => {
  it.each([
    ['both are given', { customerId: A, customerIdentifier: { email: 'a@example.com' } }],
    ['neither is given', {}],
    ['both are null', { customerId: null, customerIdentifier: null }],
  ])('should answer BAD_USER_INPUT at customerId when %s', (_when, ref) => {
    expect(() => parseCustomerRef(ref, ['input', 'signals', 3])).toThrow(
      expect.objectContaining({
        extensions: { code: 'BAD_USER_INPUT', field: 'input.signals.3.customerId' },
      }),
    );
  });

  it('should lower-case the id when the customer is named by id', () => {
    expect(parseCustomerRef({ customerId: A.toUpperCase() }, ['input'])).toEqual({
      kind: 'id',
      customerId: A,
      field: ['input', 'customerId'],
    });
  });

  it('should store the canonical id and drop the identifier when a write named the customer by identifier', () => {
    const input = { customerId: null, customerIdentifier: { email: 'a@example.com' }, clientOrderId: 'o-1' };
    expect(underCustomer(input, { id: SURVIVOR, mergedIds: [A], erased: false })).toEqual({
      customerId: SURVIVOR,
      clientOrderId: 'o-1',
    });
  });
});
