import { type RunningGateway, startGateway } from '../../gateway/src/hive-gateway';
import { QUERY_LIMITS } from '../../gateway/src/limits';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { customerId } from '../../scripts/demo/world';
import { operation } from '../helpers/operations';
import { type CountingProxy, startCountingProxy } from '../helpers/request-counter';
import { type Stack, startStack, testAuth, testToken } from '../helpers/stack';

interface Answer {
  status: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

let stack: Stack;
let production: RunningGateway;
const proxies = {} as Record<SubgraphName, CountingProxy>;

async function post(url: string, body: BodyInit, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken()}`, ...headers },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : {} };
}

const ask = (query: string, variables?: Record<string, unknown>, url = stack.gatewayUrl) =>
  post(url, JSON.stringify({ query, variables }));

function requestsPerSubgraph(): Record<string, number> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, proxies[name].count()]));
}

/** The answer's error codes and messages; and that not one subgraph was called for it. */
async function refusedBeforeSubgraphs(send: () => Promise<Answer>) {
  const before = requestsPerSubgraph();
  const answer = await send();
  expect(requestsPerSubgraph()).toEqual(before);
  const errors = answer.body.errors ?? [];
  expect(errors.length).toBeGreaterThan(0);
  return {
    status: answer.status,
    codes: errors.map((error) => error.extensions?.code),
    message: errors.map((error) => error.message).join('\n'),
    data: answer.body.data,
  };
}

const nested = (levels: number, inner: string) =>
  `${'... on Query { '.repeat(levels)}${inner}${' }'.repeat(levels)}`;

beforeAll(async () => {
  for (const name of SUBGRAPH_NAMES) proxies[name] = await startCountingProxy();
  stack = await startStack({
    urls: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, proxies[name].url])),
    // The largest pages (100 customers' 360) must not meet the production timeout on a busy test machine:
    // this file is about limits, not timeouts.
    subgraphTimeoutMs: 10_000,
  });
  for (const name of SUBGRAPH_NAMES) proxies[name].setTarget(stack.subgraphs[name].url);
  production = await startGateway({
    supergraphSdl: stack.supergraphSdl,
    port: 0,
    host: '127.0.0.1',
    auth: testAuth(),
    production: true,
    logging: false,
  });
});

afterAll(async () => {
  await production?.stop();
  await stack?.stop();
  await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
});

describe('hostile queries are refused before any subgraph is called', () => {
  it('should reach the subgraphs through the counting proxies when an operation is fine', async () => {
    const before = requestsPerSubgraph();
    const answer = await ask('{ customers(first: 1) { totalCount } }');
    expect(answer.body.errors).toBeUndefined();
    expect(requestsPerSubgraph().customers).toBeGreaterThan(before.customers);
  });

  it('should let every example operation through the limits at the largest page', async () => {
    const variables: Record<string, Record<string, unknown>> = {
      'agent-console': { id: customerId(0) },
      'bi-kpis': { from: '2025-01-01', to: '2025-01-07' },
      'customer-360': { id: customerId(0) },
      'customers-page': { first: QUERY_LIMITS.maxPageSize },
      'customers-page-360': { first: QUERY_LIMITS.maxPageSize },
    };
    for (const [name, vars] of Object.entries(variables)) {
      const answer = await ask(operation(name), vars);
      const codes = (answer.body.errors ?? []).map((error) => error.extensions?.code);
      expect({ name, codes }).toEqual({ name, codes: [] });
    }
  });

  it('should refuse excessive depth when a query nests deeper than the limit', async () => {
    const refused = await refusedBeforeSubgraphs(() =>
      ask(`{ ${nested(QUERY_LIMITS.maxDepth + 1, 'customers(first: 1) { totalCount }')} }`),
    );
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain(`depth limit of ${QUERY_LIMITS.maxDepth}`);
  });

  it('should refuse depth hidden in a chain of fragments when it passes the limit', async () => {
    const count = QUERY_LIMITS.maxDepth + 1;
    const fragments = Array.from({ length: count }, (_, i) =>
      i + 1 < count ? `fragment F${i} on Query { ...F${i + 1} }` : `fragment F${i} on Query { __typename }`,
    );
    const refused = await refusedBeforeSubgraphs(() => ask(`{ ...F0 } ${fragments.join(' ')}`));
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain('depth limit');
  });

  it('should refuse a fragment cycle', async () => {
    const refused = await refusedBeforeSubgraphs(() =>
      ask(
        '{ ...A } fragment A on Query { customers(first: 1) { totalCount } ...B } fragment B on Query { ...A }',
      ),
    );
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toMatch(/Cannot spread fragment "A" within itself/);
  });

  it('should count a fragment named __schema like any other when it hides depth', async () => {
    const refused = await refusedBeforeSubgraphs(() =>
      ask(
        `{ ...__schema } fragment __schema on Query { ${nested(QUERY_LIMITS.maxDepth + 1, 'customers(first: 1) { totalCount }')} }`,
      ),
    );
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain('depth limit');
  });

  it('should refuse an alias flood', async () => {
    const aliases = Array.from({ length: 50 }, (_, i) => `a${i}: totalCount`).join(' ');
    const refused = await refusedBeforeSubgraphs(() => ask(`{ customers(first: 1) { ${aliases} } }`));
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain(`Aliases limit of ${QUERY_LIMITS.maxAliases} exceeded`);
  });

  it('should refuse field duplication through the token limit', async () => {
    const refused = await refusedBeforeSubgraphs(() =>
      ask(`{ customers(first: 1) { ${'totalCount '.repeat(QUERY_LIMITS.maxTokens)} } }`),
    );
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain(`Token limit of ${QUERY_LIMITS.maxTokens} exceeded`);
  });

  it('should refuse directive overloading', async () => {
    const fields = Array.from(
      { length: QUERY_LIMITS.maxDirectives + 1 },
      () => 'totalCount @skip(if: false)',
    );
    const refused = await refusedBeforeSubgraphs(() =>
      ask(`{ customers(first: 1) { ${fields.join(' ')} } }`),
    );
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain(`Directives limit of ${QUERY_LIMITS.maxDirectives} exceeded`);
  });

  it('should refuse a token flood', async () => {
    const variables = Array.from({ length: QUERY_LIMITS.maxTokens }, (_, i) => `$v${i}: Int`).join(', ');
    const refused = await refusedBeforeSubgraphs(() => ask(`query Flood(${variables}) { __typename }`));
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain('Token limit');
  });

  it('should refuse array batching when it is not enabled', async () => {
    const one = { query: '{ customers(first: 1) { totalCount } }' };
    const refused = await refusedBeforeSubgraphs(() => post(stack.gatewayUrl, JSON.stringify([one, one])));
    expect(refused.status).toBe(400);
  });

  it('should answer 413 to a body over 2 MB', async () => {
    const query = `{ __typename } # ${'x'.repeat(QUERY_LIMITS.maxBodyBytes)}`;
    const refused = await refusedBeforeSubgraphs(() => ask(query));
    expect(refused.status).toBe(413);
    expect(refused.codes).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('should answer 413 to a chunked body over 2 MB that declares no length', async () => {
    const chunk = new TextEncoder().encode(`{"query":"{ __typename }","pad":"${'x'.repeat(64 * 1024)}`);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > QUERY_LIMITS.maxBodyBytes * 2) {
          controller.enqueue(new TextEncoder().encode('"}'));
          controller.close();
        } else controller.enqueue(chunk);
        sent += chunk.byteLength;
      },
    });
    const refused = await refusedBeforeSubgraphs(() => post(stack.gatewayUrl, stream));
    expect(refused.status).toBe(413);
    expect(refused.codes).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it.each([
    ['application/graphql', '{ __typename }'],
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
  ])(
    'should answer 415 to a POST body of %s, which would be read past the body limit',
    async (type, body) => {
      const refused = await refusedBeforeSubgraphs(() =>
        post(stack.gatewayUrl, body, { 'content-type': type }),
      );
      expect(refused.status).toBe(415);
      expect(refused.codes).toEqual(['UNSUPPORTED_MEDIA_TYPE']);
    },
  );

  it('should answer 413 to variables over their limit', async () => {
    const refused = await refusedBeforeSubgraphs(() =>
      ask('query ($id: ID!) { customer(id: $id) { id } }', {
        id: 'x'.repeat(QUERY_LIMITS.maxVariablesBytes),
      }),
    );
    expect(refused.status).toBe(413);
    expect(refused.codes).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('should refuse a huge first: literal by its cost', async () => {
    const refused = await refusedBeforeSubgraphs(() => ask('{ customers(first: 1000000) { totalCount } }'));
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain(`Cost limit of ${QUERY_LIMITS.maxCost}`);
  });

  it('should refuse a huge first: given as a variable', async () => {
    const before = requestsPerSubgraph();
    const answer = await ask('query ($n: Int!) { customers(first: $n) { totalCount } }', { n: 1_000_000 });
    expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'customers.first' });
    expect(requestsPerSubgraph()).toEqual(before);
    const refused = await refusedBeforeSubgraphs(() =>
      ask('query ($n: Int!) { customers(first: $n) { totalCount } }', { n: 1_000_000 }),
    );
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.message).toContain(`first ($n) must be at most ${QUERY_LIMITS.maxPageSize}, got 1000000`);
  });

  it('should refuse a cost that only the variables make too high', async () => {
    const page = (field: string) => `${field}(first: $n) { edges { node { id } } }`;
    const query = `query ($n: Int!) { customers(first: $n) { edges { node { ${page('orders')} ${page('tickets')} ${page('signals')} } } } }`;
    const refused = await refusedBeforeSubgraphs(() => ask(query, { n: QUERY_LIMITS.maxPageSize }));
    expect(refused.codes).toEqual(['BAD_USER_INPUT']);
    expect(refused.message).toContain(`Cost limit of ${QUERY_LIMITS.maxCost}`);
  });
});

describe('production mode', () => {
  it('should refuse introspection', async () => {
    for (const query of [
      '{ __schema { types { name } } }',
      '{ __type(name: "Customer") { fields { name } } }',
    ]) {
      const refused = await refusedBeforeSubgraphs(() => ask(query, undefined, production.url));
      expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
      expect(refused.message).toMatch(/introspection has been disabled/);
    }
  });

  it('should refuse introspection hidden in a fragment named __schema', async () => {
    const refused = await refusedBeforeSubgraphs(() =>
      ask(
        '{ ...__schema } fragment __schema on Query { __schema { types { name } } }',
        undefined,
        production.url,
      ),
    );
    expect(refused.message).toMatch(/introspection has been disabled/);
  });

  it('should answer introspection in development', async () => {
    const answer = await ask('{ __schema { queryType { name } } }');
    expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('should give no "Did you mean" suggestions in production, where development does', async () => {
    const typo = '{ customers(first: 1) { totalCont } }';
    expect((await ask(typo)).body.errors?.[0]?.message).toContain('Did you mean');
    const refused = await refusedBeforeSubgraphs(() => ask(typo, undefined, production.url));
    expect(refused.codes).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(refused.message).toContain('Cannot query field "totalCont"');
    expect(refused.message).not.toMatch(/did you mean/i);
  });
});
