import { generateKeyPair, SignJWT } from 'jose';
import { composeSupergraph } from '../../gateway/src/compose';
import { startGateway } from '../../gateway/src/hive-gateway';
import { signParams } from '../../lib/auth/gateway-proof';
import { ROLES, type Role } from '../../lib/auth/roles';
import { signToken } from '../../lib/auth/tokens';
import { mapSubgraphs } from '../../lib/config';
import { customerId } from '../../scripts/demo/world';
import { sql } from '../helpers/db';
import { postGraphQL, type Stack, startStack, testAuth, testToken } from '../helpers/stack';

const LENA = customerId(0);

/** Every PII field and every department field of a customer, with the scopes that may read it. */
const FIELDS: Record<string, { selection: string; scopes: string[] }> = {
  displayName: { selection: 'displayName', scopes: ['pii:read'] },
  email: { selection: 'email', scopes: ['pii:read'] },
  phone: { selection: 'phone', scopes: ['pii:read'] },
  identifiers: { selection: 'identifiers { value }', scopes: ['pii:read'] },
  signals: { selection: 'signals(first: 1) { totalCount }', scopes: ['marketing:read', 'marketing:write'] },
  touches: { selection: 'touches(first: 1) { totalCount }', scopes: ['marketing:read', 'marketing:write'] },
  consents: { selection: 'consents { channel }', scopes: ['marketing:read', 'marketing:write'] },
  consentHistory: {
    selection: 'consentHistory(first: 1) { totalCount }',
    scopes: ['marketing:read', 'marketing:write'],
  },
  preferredChannel: {
    selection: 'preferredChannel { channel }',
    scopes: ['marketing:read', 'marketing:write'],
  },
  leadScore: { selection: 'leadScore { score }', scopes: ['marketing:read', 'marketing:write'] },
  marketingSummary: {
    selection: 'marketingSummary { signalCount90d }',
    scopes: ['marketing:read', 'marketing:write'],
  },
  orders: { selection: 'orders(first: 1) { totalCount }', scopes: ['sales:read', 'sales:write'] },
  subscriptions: {
    selection: 'subscriptions(first: 1) { totalCount }',
    scopes: ['sales:read', 'sales:write'],
  },
  opportunities: {
    selection: 'opportunities(first: 1) { totalCount }',
    scopes: ['sales:read', 'sales:write'],
  },
  salesSummary: { selection: 'salesSummary { orderCount }', scopes: ['sales:read', 'sales:write'] },
  tickets: { selection: 'tickets(first: 1) { totalCount }', scopes: ['support:read', 'support:write'] },
  supportSummary: { selection: 'supportSummary { ticketCount }', scopes: ['support:read', 'support:write'] },
};

const MATRIX_QUERY = `#graphql
  query Matrix($id: ID!) { customer(id: $id) { id ${Object.values(FIELDS)
    .map((field) => field.selection)
    .join(' ')} } }`;

async function rawPost(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ extensions?: unknown }> },
  };
}

describe('security through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  describe.each(Object.keys(ROLES) as Role[])('role %s', (role) => {
    it('should answer null with FORBIDDEN exactly for the fields the role may not read when it asks for all of them', async () => {
      const scopes: readonly string[] = ROLES[role];
      const answer = await postGraphQL<{ customer: Record<string, unknown> }>(
        stack.gatewayUrl,
        MATRIX_QUERY,
        { id: LENA },
        scopes,
      );
      const forbidden = new Set(
        (answer.errors ?? [])
          .filter((error) => error.extensions?.code === 'FORBIDDEN')
          .map((error) => error.path?.join('.')),
      );
      expect(answer.data?.customer?.id).toBe(LENA);
      for (const [name, field] of Object.entries(FIELDS)) {
        const allowed = field.scopes.some((scope) => scopes.includes(scope));
        expect({ name, forbidden: forbidden.has(`customer.${name}`) }).toEqual({ name, forbidden: !allowed });
        if (allowed)
          expect({ name, value: answer.data?.customer?.[name] }).not.toEqual({ name, value: null });
        else expect({ name, value: answer.data?.customer?.[name] ?? null }).toEqual({ name, value: null });
      }
      expect(answer.errors?.filter((error) => error.extensions?.code !== 'FORBIDDEN') ?? []).toEqual([]);
    });
  });

  it("should check each caller's own scopes when the same operation was just allowed for another caller", async () => {
    const query = 'query SameOperation($id: ID!) { customer(id: $id) { id email } }';
    const forbiddenEmail = {
      data: { customer: { id: LENA, email: null } },
      errors: [expect.objectContaining({ path: ['customer', 'email'], extensions: { code: 'FORBIDDEN' } })],
    };
    const allowed = await postGraphQL(stack.gatewayUrl, query, { id: LENA }, ROLES.admin);
    expect(allowed).toEqual({ data: { customer: { id: LENA, email: expect.stringContaining('@') } } });
    // The gateway remembers the admin's checked operation (gateway/src/field-authorization.ts): it must not
    // hand it to the analyst, nor the analyst's refusal to the admin.
    for (let round = 0; round < 2; round++) {
      expect(await postGraphQL(stack.gatewayUrl, query, { id: LENA }, ROLES.analyst)).toEqual(forbiddenEmail);
      expect(await postGraphQL(stack.gatewayUrl, query, { id: LENA }, ROLES.admin)).toEqual(allowed);
    }
  });

  it('should check a field behind @include by the variables of each request', async () => {
    const query = `query MaybeEmail($id: ID!, $withEmail: Boolean!) {
      customer(id: $id) { id email @include(if: $withEmail) }
    }`;
    const ask = (withEmail: boolean) =>
      postGraphQL(stack.gatewayUrl, query, { id: LENA, withEmail }, ROLES.analyst);
    for (let round = 0; round < 2; round++) {
      expect(await ask(false)).toEqual({ data: { customer: { id: LENA } } });
      expect(await ask(true)).toEqual({
        data: { customer: { id: LENA, email: null } },
        errors: [expect.objectContaining({ path: ['customer', 'email'], extensions: { code: 'FORBIDDEN' } })],
      });
    }
  });

  it('should answer 401 UNAUTHENTICATED when no token is sent', async () => {
    const answer = await rawPost(stack.gatewayUrl, { query: '{ __typename }' });
    expect(answer).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });

  const settings = () => testAuth().tokens;
  const secret = () => new TextEncoder().encode(settings().secret);
  const claims = () => new SignJWT({ scope: 'pii:read' }).setSubject('mallory').setIssuedAt();
  const badTokens: Record<string, () => Promise<string>> = {
    'alg none': async () => {
      const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub: 'mallory', scope: 'admin', iss: settings().issuer, aud: settings().audience, exp: now + 600 })}.`;
    },
    'the wrong algorithm (HS512)': () =>
      claims()
        .setProtectedHeader({ alg: 'HS512' })
        .setIssuer(settings().issuer)
        .setAudience(settings().audience)
        .setExpirationTime('10m')
        .sign(secret()),
    'an RS256 key instead of the secret': async () => {
      const { privateKey } = await generateKeyPair('RS256');
      return claims()
        .setProtectedHeader({ alg: 'RS256' })
        .setIssuer(settings().issuer)
        .setAudience(settings().audience)
        .setExpirationTime('10m')
        .sign(privateKey);
    },
    'a bad signature': async () => {
      const token = await testToken();
      return `${token.slice(0, -4)}${token.endsWith('AAAA') ? 'BBBB' : 'AAAA'}`;
    },
    'an expired token (beyond the 60 s skew)': () =>
      claims()
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(settings().issuer)
        .setAudience(settings().audience)
        .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
        .sign(secret()),
    'the wrong issuer': () =>
      signToken({ ...settings(), issuer: 'someone-else' }, { subject: 'mallory', scopes: ['admin'] }),
    'the wrong audience': () =>
      signToken({ ...settings(), audience: 'another-api' }, { subject: 'mallory', scopes: ['admin'] }),
  };
  it.each(Object.keys(badTokens))('should answer 401 UNAUTHENTICATED when the token has %s', async (kind) => {
    const token = await badTokens[kind]!();
    const answer = await rawPost(
      stack.gatewayUrl,
      { query: '{ __typename }' },
      { authorization: `Bearer ${token}` },
    );
    expect(answer).toMatchObject({
      status: 401,
      body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
    });
  });

  it('should accept a token that expired within the 60 s clock skew when it is otherwise valid', async () => {
    const token = await new SignJWT({ scope: 'kpi:read' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('late')
      .setIssuer(settings().issuer)
      .setAudience(settings().audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 20)
      .sign(secret());
    const answer = await rawPost(
      stack.gatewayUrl,
      { query: '{ __typename }' },
      { authorization: `Bearer ${token}` },
    );
    expect(answer.status).toBe(200);
  });

  it('should answer the probes and the explorer page when no token is sent', async () => {
    expect((await fetch(new URL('/healthz', stack.gatewayUrl))).status).toBe(200);
    expect((await fetch(new URL('/readyz', stack.gatewayUrl))).status).toBe(200);
    const explorer = await fetch(stack.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(explorer.status).toBe(200);
    expect(explorer.headers.get('content-type')).toContain('text/html');
  });

  it.each([
    ['a query', '{ customer(id: "00000000-0000-4000-8000-000000000000") { id } }', undefined],
    ['_service', '{ _service { sdl } }', undefined],
    [
      '_entities',
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
      { r: [{ __typename: 'Customer', id: LENA }] },
    ],
  ])(
    'should answer 401 UNAUTHENTICATED when %s reaches a subgraph without the gateway proof',
    async (_kind, query, variables) => {
      const token = await testToken();
      for (const subgraph of Object.values(stack.subgraphs)) {
        const answer = await rawPost(
          subgraph.url,
          { query, variables },
          { authorization: `Bearer ${token}` },
        );
        expect(answer).toMatchObject({
          status: 401,
          body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] },
        });
        const forged = await rawPost(
          subgraph.url,
          { query, variables, extensions: { 'hmac-signature': Buffer.alloc(32).toString('base64') } },
          { authorization: `Bearer ${token}` },
        );
        expect(forged.status).toBe(401);
      }
    },
  );

  it('should answer 401 UNAUTHENTICATED when a signed subgraph request carries no token', async () => {
    const response = await fetch(stack.subgraphs.sales.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        signParams(testAuth().gatewaySecret, {
          query: '{ _service { sdl } }',
        }),
      ),
    });
    expect(response.status).toBe(401);
  });

  it('should enforce the SDL scopes inside a subgraph when it is called directly with a signed request', async () => {
    const answer = await postGraphQL<{ customer: Record<string, unknown> | null }>(
      stack.subgraphs.customers.url,
      'query ($id: ID!) { customer(id: $id) { id country email } }',
      { id: LENA },
      ['kpi:read'],
    );
    expect(answer.data?.customer).toEqual({ id: LENA, country: expect.any(String), email: null });
    expect(answer.errors).toEqual([
      expect.objectContaining({
        path: ['customer', 'email'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN' }),
      }),
    ]);
  });

  it('should enforce the scopes of a department entity type on _entities when a subgraph is called directly', async () => {
    const [ticket] = await sql<{ id: string }>('support', 'SELECT id FROM tickets LIMIT 1');
    const answer = await postGraphQL<{ _entities: Array<Record<string, unknown> | null> }>(
      stack.subgraphs.support.url,
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Ticket { id subject } } }',
      { r: [{ __typename: 'Ticket', id: ticket!.id }] },
      ['kpi:read'],
    );
    expect(JSON.stringify(answer.data)).not.toContain('subject":"');
    expect(answer.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
  });

  it('should refuse a customers filter on KPI values with FORBIDDEN when the caller may not read KPIs', async () => {
    const query = '{ customers(first: 5, filter: { stage: [AT_RISK] }) { totalCount } }';
    const refused = await postGraphQL(stack.gatewayUrl, query, undefined, ['pii:read']);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const allowed = await postGraphQL(stack.gatewayUrl, query, undefined, ['kpi:read']);
    expect(allowed.errors).toBeUndefined();
  });

  it('should answer FORBIDDEN and write nothing when a role without the write scope tries a write', async () => {
    const clientOrderId = `security-${Date.now()}`;
    const mutation = `#graphql
      mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }`;
    const input = {
      customerId: LENA,
      clientOrderId,
      channel: 'WEB',
      currency: 'EUR',
      lines: [{ sku: 'SKU-STARTER-KIT', quantity: 1, unitPriceMinor: 4900 }],
    };
    const throughGateway = await postGraphQL(stack.gatewayUrl, mutation, { input }, ROLES.analyst);
    expect(throughGateway.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const direct = await postGraphQL(stack.subgraphs.sales.url, mutation, { input }, ROLES.analyst);
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await stack.subgraphs.sales.dataSource.query(
      'SELECT count(*)::int AS n FROM orders WHERE client_order_id = $1',
      [clientOrderId],
    );
    expect(stored).toEqual([{ n: 0 }]);
  });
});

describe('the gateway alone', () => {
  it('should answer FORBIDDEN from the supergraph directives without calling a subgraph when a field is not allowed', async () => {
    // Nothing listens at these URLs: only the gateway itself can answer.
    const gateway = await startGateway({
      supergraphSdl: composeSupergraph(mapSubgraphs(() => 'http://127.0.0.1:9/graphql')),
      port: 0,
      host: '127.0.0.1',
      logging: false,
      auth: testAuth(),
    });
    try {
      const answer = await postGraphQL(
        gateway.url,
        '{ kpiDefinitions { name } }',
        undefined,
        ROLES.marketer.filter((s) => s !== 'kpi:read'),
      );
      // (genericAuth nulls the forbidden field itself, even a non-null one, rather than its parent.)
      expect(answer).toEqual({
        data: { kpiDefinitions: null },
        errors: [expect.objectContaining({ path: ['kpiDefinitions'], extensions: { code: 'FORBIDDEN' } })],
      });
    } finally {
      await gateway.stop();
    }
  });
});
