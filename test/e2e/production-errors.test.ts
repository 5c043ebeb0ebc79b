import { composeSupergraph } from '../../gateway/src/compose';
import { type RunningGateway, startGateway } from '../../gateway/src/hive-gateway';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { freePort } from '../helpers/free-port';
import { postGraphQL, startTestSubgraph, testAuth } from '../helpers/stack';

/**
 * In production (NODE_ENV=production) an error tells a client what went wrong and what to do, and nothing
 * about the inside: no stack trace, no SQL, no internal URL or host, no subgraph name but `serviceName`.
 */
/** What must never reach a client in production. */
const LEAKS: Array<[string, RegExp]> = [
  ['a stack trace', /\bat [\w.<>]+ \(|\.ts:\d+|\.js:\d+|"stack"|stacktrace/i],
  ['SQL', /\b(SELECT|INSERT|UPDATE|DELETE)\b .*\b(FROM|INTO|SET)\b|relation "|syntax error at or near/i],
  ['an internal URL or host', /https?:\/\/|127\.0\.0\.1|localhost|:\d{4,5}\b|postgres/i],
  [
    'an internal error class',
    /TypeORM|QueryFailedError|ECONNREFUSED|ECONNRESET|GraphQLError\b|TypeError|ReferenceError/,
  ],
];

/** Subgraph names an error mentions, other than its own `serviceName` (which it may repeat in its message). */
const subgraphNamesBeyondServiceName = (
  errors: Array<{ message: string; extensions?: Record<string, unknown> }>,
) =>
  errors.flatMap((error) => {
    const own = error.extensions?.serviceName;
    // (Its `path` names fields, which may share a subgraph's name: `customers`.)
    const text = JSON.stringify({ message: error.message, extensions: error.extensions });
    return SUBGRAPH_NAMES.filter((name) => name !== own && new RegExp(`\\b${name}\\b`, 'i').test(text));
  });

describe('error responses in production', () => {
  let subgraphs: Record<SubgraphName, RunningSubgraph>;
  let gateway: RunningGateway;
  beforeAll(async () => {
    const customers = await startTestSubgraph('customers', undefined, { production: true });
    const others = await Promise.all(
      (['marketing', 'sales', 'support'] as const).map((name) =>
        startTestSubgraph(name, customers.url, { production: true }),
      ),
    );
    subgraphs = Object.fromEntries([customers, ...others].map((s) => [s.name, s])) as typeof subgraphs;
    // Support is "down": the gateway calls a port nothing listens on.
    const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphs[name].url]));
    urls.support = `http://127.0.0.1:${await freePort()}/graphql`;
    gateway = await startGateway({
      supergraphSdl: composeSupergraph(urls as Record<SubgraphName, string>),
      port: 0,
      host: '127.0.0.1',
      auth: testAuth(),
      production: true,
      logging: false,
    });
  }, 60_000);
  afterAll(async () => {
    await gateway?.stop();
    // (The sales pool was closed by a test: its stop may fail on it.)
    await Promise.allSettled(Object.values(subgraphs ?? {}).map((subgraph) => subgraph.stop()));
  });

  /** The raw body the gateway answers, and its errors' codes. */
  async function ask(query: string, variables?: Record<string, unknown>) {
    const response = await postGraphQL(gateway.url, query, variables);
    const errors = response.errors ?? [];
    return {
      text: JSON.stringify(response),
      errors,
      codes: [...new Set(errors.map((e) => e.extensions?.code))],
    };
  }

  const cases: Array<
    [string, () => Promise<void> | void, string, Record<string, unknown> | undefined, unknown[]]
  > = [
    ['a syntax error', () => {}, '{ customer(id: "x" { id } }', undefined, ['GRAPHQL_PARSE_FAILED']],
    [
      'an unknown field',
      () => {},
      '{ customer(id: "x") { nope } }',
      undefined,
      ['GRAPHQL_VALIDATION_FAILED'],
    ],
    [
      'bad input to a mutation',
      () => {},
      'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id } }',
      { input: { customerId: 'not-a-uuid', clientOrderId: 'x', channel: 'WEB', currency: 'EUR', lines: [] } },
      ['BAD_USER_INPUT'],
    ],
    [
      'a department that is down',
      () => {},
      '{ customers(first: 2) { edges { node { id supportSummary { openTicketCount } } } } }',
      undefined,
      ['SERVICE_UNAVAILABLE'],
    ],
    [
      "a department's database that went away",
      // The pool is gone: every statement fails inside the driver, as when the server is unreachable.
      () => subgraphs.sales.dataSource.destroy(),
      '{ customers(first: 2) { edges { node { id salesSummary { orderCount } } } } }',
      undefined,
      [expect.stringMatching(/^(DATABASE_UNAVAILABLE|INTERNAL_SERVER_ERROR|SERVICE_UNAVAILABLE)$/)],
    ],
  ];

  it.each(cases)(
    'should leak nothing about the inside on %s',
    async (_what, before, query, variables, codes) => {
      await before();
      const { text, errors, codes: got } = await ask(query, variables);
      expect(got).toEqual(codes);
      for (const [what, pattern] of LEAKS)
        expect({ what, match: text.match(pattern)?.[0] ?? null }).toEqual({ what, match: null });
      expect(subgraphNamesBeyondServiceName(errors)).toEqual([]);
    },
  );
});
