import { startApolloGateway } from '../../gateway/src/apollo-gateway';
import { composeSupergraph } from '../../gateway/src/compose';
import { startGateway } from '../../gateway/src/hive-gateway';
import { signParams } from '../../lib/auth/gateway-proof';
import { ALL_SCOPES } from '../../lib/auth/roles';
import { type AuthSettings, loadAuthSettings } from '../../lib/auth/settings';
import { signToken } from '../../lib/auth/tokens';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import {
  type RunningSubgraph,
  type SubgraphServerOptions,
  startSubgraphServer,
} from '../../lib/server/subgraph-server';
import { SUBGRAPHS } from '../../scripts/subgraphs';
import { testDatabaseUrls } from './test-env';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

let auth: AuthSettings | null = null;
/** The run's auth settings: the secrets the global setup put in the environment. */
export function testAuth(): AuthSettings {
  auth ??= loadAuthSettings(process.env);
  return auth;
}

const tokens = new Map<string, Promise<string>>();
/** A token with these scopes (every scope by default), signed with the run's secret. */
export function testToken(scopes: readonly string[] = ALL_SCOPES): Promise<string> {
  const key = scopes.join(' ');
  let token = tokens.get(key);
  if (!token) {
    token = signToken(testAuth().tokens, { subject: `test:${key || 'none'}`, scopes });
    tokens.set(key, token);
  }
  return token;
}

/**
 * A request as a trusted caller sends it: an all-scopes bearer token (or `scopes`'), and the body signed
 * with the gateway's secret, so it passes the gateway and a subgraph alike (the gateway ignores the proof).
 */
export async function trustedRequest(
  payload: { query: string; variables?: Record<string, unknown> },
  scopes?: readonly string[],
): Promise<RequestInit & { headers: Record<string, string> }> {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await testToken(scopes)}` },
    body: JSON.stringify(signParams(testAuth().gatewaySecret, payload)),
  };
}

export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  scopes?: readonly string[],
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, await trustedRequest({ query, variables }, scopes));
  return (await response.json()) as GraphQLResponse<T>;
}

export interface Stack {
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  supergraphSdl: string;
  gatewayUrl: string;
  /** POSTs an operation to the gateway. */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * Starts a single subgraph on a free port against the test database; `options` override the defaults
 * (a small pool, a concurrency limit, a database URL through a proxy…).
 */
export function startTestSubgraph(
  name: SubgraphName,
  customersUrl = 'http://127.0.0.1:9/graphql',
  options: Partial<SubgraphServerOptions> = {},
) {
  return startSubgraphServer(SUBGRAPHS[name], {
    databaseUrl: testDatabaseUrls()[name],
    port: 0,
    host: '127.0.0.1',
    customersUrl,
    poolMax: 5,
    auth: testAuth(),
    ...options,
  });
}

/**
 * The whole graph over real HTTP on free ports: the four subgraphs, the supergraph composed from
 * their SDL files, and a gateway (Hive Gateway with the Rust planner, or stock `@apollo/gateway`).
 * When a step fails, the subgraphs already started are stopped before the error is rethrown.
 */
export interface StackOptions {
  gateway?: 'hive' | 'apollo';
  /** Where the gateway calls a subgraph instead of the one started here (e.g. a stub that never answers). */
  urls?: Partial<Record<SubgraphName, string>>;
  /** The gateway's per-subgraph timeout. */
  subgraphTimeoutMs?: number;
  /** Runs the departments' erasure workers at this interval (off by default: they add statements). */
  erasurePollIntervalMs?: number;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const started: RunningSubgraph[] = [];
  try {
    const customers = await startTestSubgraph('customers');
    started.push(customers);
    // allSettled, not all: a sibling still starting when one fails must be stopped too.
    const others = await Promise.allSettled(
      SUBGRAPH_NAMES.filter((name) => name !== 'customers').map((name) =>
        startTestSubgraph(name, customers.url, { erasurePollIntervalMs: options.erasurePollIntervalMs }),
      ),
    );
    for (const result of others) if (result.status === 'fulfilled') started.push(result.value);
    const failed = others.find((result) => result.status === 'rejected');
    if (failed) throw failed.reason;

    const subgraphs = Object.fromEntries(started.map((s) => [s.name, s])) as Record<
      SubgraphName,
      RunningSubgraph
    >;
    const supergraphSdl = composeSupergraph(
      Object.fromEntries(
        SUBGRAPH_NAMES.map((name) => [name, options.urls?.[name] ?? subgraphs[name].url]),
      ) as Record<SubgraphName, string>,
    );
    const gateway =
      options.gateway === 'apollo'
        ? await startApolloGateway(supergraphSdl, testAuth())
        : await startGateway({
            supergraphSdl,
            port: 0,
            host: '127.0.0.1',
            subgraphTimeoutMs: options.subgraphTimeoutMs,
            auth: testAuth(),
            // GATEWAY_LOG=error shows what the gateway masks as "Unexpected error."
            logging: process.env.GATEWAY_LOG === 'error' ? 'error' : false,
          });
    return {
      subgraphs,
      supergraphSdl,
      gatewayUrl: gateway.url,
      query: (query, variables) => postGraphQL(gateway.url, query, variables),
      async stop() {
        await gateway.stop();
        await Promise.all(Object.values(subgraphs).map((subgraph) => subgraph.stop()));
      },
    };
  } catch (error) {
    await Promise.allSettled(started.map((subgraph) => subgraph.stop()));
    throw error;
  }
}

/** A fresh customer for tests that write, so they never change the seeded data other tests read. */
export async function createTestCustomer(
  customersUrl: string,
  displayName = 'Test Customer',
): Promise<string> {
  const response = await postGraphQL<{ createCustomer: { id: string } }>(
    customersUrl,
    'mutation ($input: CreateCustomerInput!) { createCustomer(input: $input) { id } }',
    { input: { displayName, country: 'DE', locale: 'de-DE' } },
  );
  if (!response.data) throw new Error(`createCustomer failed: ${JSON.stringify(response.errors)}`);
  return response.data.createCustomer.id;
}
