import { setMaxListeners } from 'node:events';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import { listen } from '../../lib/server/listener';
import { usePartialFailure } from './partial-failure';
import { type BreakerOptions, createSubgraphBreakers } from './subgraph-breakers';

/** Abort listeners a signal may have before Node warns: concurrent subgraph calls of one gateway. */
const ABORT_LISTENERS = 1_000;

export interface GatewayOptions {
  supergraphSdl: string;
  port: number;
  host?: string;
  production?: boolean;
  /** How long a stop waits for in-flight requests before cutting connections. */
  shutdownGraceMs?: number;
  /** Client requests served at once (probes excepted); more are answered 503 `SERVICE_OVERLOADED`. */
  maxConcurrentRequests?: number;
  /**
   * How long one subgraph call may take; a slower one is cut off and answered like a subgraph that is
   * down (its fields null, an error naming it), so a hung department cannot hold up the others.
   */
  subgraphTimeoutMs?: number;
  /** The per-subgraph circuit breakers' settings (DEFAULT_BREAKER_OPTIONS when left out). */
  breaker?: BreakerOptions;
  /** Hive Gateway's own log level; false silences it (tests). */
  logging?: false | 'error' | 'warn' | 'info' | 'debug';
}

export interface RunningGateway {
  url: string;
  port: number;
  runtime: GatewayRuntime;
  stop(): Promise<void>;
}

/**
 * Serves the composed supergraph with Hive Gateway's runtime and the Rust query planner
 * (see DESIGN.md "Gateway engine"); this file stays a thin layer of configuration over it.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningGateway> {
  // Every subgraph call (with the per-subgraph timeout) listens on long-lived abort signals (the request's,
  // the transport's) until it is garbage-collected, so concurrent calls pass Node's default of 10
  // listeners in normal operation: not a leak, and the warning would only alarm operators.
  setMaxListeners(ABORT_LISTENERS);
  const breakers = createSubgraphBreakers(options.breaker);
  const timeoutMs = options.subgraphTimeoutMs ?? 3_000;
  const runtime = createGatewayRuntime({
    supergraph: () => options.supergraphSdl,
    unifiedGraphHandler,
    // Given statically rather than found by dynamic import(), which fails under bundlers and jest.
    transports: { http: httpTransport },
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    readinessCheckEndpoint: '/readyz',
    landingPage: false,
    graphiql: options.production ? false : { title: 'Customer 360 graph' },
    logging: options.logging ?? 'warn',
    upstreamTimeout: timeoutMs,
    plugins: () => [usePartialFailure({ breakers, timeoutMs })],
  });
  const listener = await listen(runtime, {
    port: options.port,
    host: options.host,
    maxConcurrentRequests: options.maxConcurrentRequests,
  });
  const port = listener.port;
  return {
    url: `http://localhost:${port}/graphql`,
    port,
    runtime,
    async stop() {
      await listener.close(options.shutdownGraceMs ?? 10_000);
      await runtime.dispose();
      breakers.shutdown();
    },
  };
}
