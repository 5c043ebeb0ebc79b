import { setMaxListeners } from 'node:events';
import { createGatewayRuntime, type GatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import httpTransport from '@graphql-mesh/transport-http';
import type { AuthSettings } from '../../lib/auth/settings';
import type { Caller } from '../../lib/auth/tokens';
import { withRequestIdHeaders } from '../../lib/request-id';
import { watchHeapPressure } from '../../lib/server/heap-pressure';
import { HEALTH_PATH, listen, READINESS_PATH } from '../../lib/server/listener';
import { useEmptyOperationAnswer, useRequireToken } from './auth';
import { createExplorer } from './explorer';
import { useFieldAuthorization } from './field-authorization';
import { hiveLogger } from './hive-logger';
import { queryLimits } from './limits';
import { useGatewayMetrics } from './metrics';
import { usePartialFailure } from './partial-failure';
import { type BreakerOptions, createSubgraphBreakers } from './subgraph-breakers';
import { useSubgraphSignatures } from './subgraph-signature';

/** Abort listeners a signal may have before Node warns: concurrent subgraph calls of one gateway. */
const ABORT_LISTENERS = 1_000;
const GRAPHQL_PATH = '/graphql';

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
  /** Verifies callers' tokens; its HMAC secret signs every subgraph request. */
  auth: AuthSettings;
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
  // Every subgraph call in flight listens on the HTTP transport's long-lived abort signal until it settles
  // (partial-failure.ts), so more than 10 concurrent calls pass Node's default listener count in normal
  // operation: not a leak, and the warning would only alarm operators.
  setMaxListeners(ABORT_LISTENERS);
  const breakers = createSubgraphBreakers(options.breaker);
  const timeoutMs = options.subgraphTimeoutMs ?? 3_000;
  // The caller verified from each request's token, for the field checks (field-authorization.ts).
  const callers = new WeakMap<Request, Caller>();
  // Hostile-query protections (gateway/src/limits.ts): all refuse before a subgraph is called.
  const limits = queryLimits({ production: options.production });
  const explorer = await createExplorer({
    production: options.production,
    graphqlEndpoint: GRAPHQL_PATH,
    auth: options.auth,
  });
  const runtime = createGatewayRuntime({
    supergraph: () => options.supergraphSdl,
    unifiedGraphHandler,
    // Given statically rather than found by dynamic import(), which fails under bundlers and jest.
    transports: { http: httpTransport },
    graphqlEndpoint: GRAPHQL_PATH,
    healthCheckEndpoint: HEALTH_PATH,
    readinessCheckEndpoint: READINESS_PATH,
    landingPage: false,
    graphiql: explorer.graphiql,
    renderGraphiQL: explorer.renderGraphiQL,
    logging: hiveLogger(options.logging ?? 'warn'),
    // A client that goes away cancels its request's work (the listener counts a request until its work is over:
    // lib/server/listener.ts). Its subgraph calls stop being waited for but are left to finish or time out
    // (partial-failure.ts): Hive's upstreamCancellation would abort them, and with them the identical calls of
    // other clients that joined them.
    executionCancellation: true,
    disableIntrospection: limits.disableIntrospection,
    batching: limits.batching,
    // The caller's token goes along with client operations, so each subgraph enforces the same directives.
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        const authorization = request.headers.get('authorization');
        return authorization ? { authorization } : {};
      },
    },
    // Metrics first, so a request's time includes every check (`/metrics` needs no token: auth.ts); then who
    // is asking: an anonymous request is refused (401) before its query is even weighed.
    plugins: (context) => [
      ...useGatewayMetrics(context.log),
      useRequireToken(callers, options.auth, explorer.isPage),
      // Subgraphs trust only requests signed with this secret (lib/server/subgraph-server.ts checks it).
      useSubgraphSignatures(options.auth.gatewaySecret),
      explorer.plugin,
      // Field-level @authenticated / @requiresScopes (Hive's genericAuth, its outcome remembered per operation).
      useFieldAuthorization(callers),
      ...limits.plugins,
      useEmptyOperationAnswer(),
      usePartialFailure({ breakers, timeoutMs }),
    ],
  });
  // Each request's id (the caller's x-request-id when acceptable, else a fresh one): Hive's request-id plugin
  // sends it to every subgraph and back in the response, and its request-scoped log lines carry it.
  const listener = await listen(withRequestIdHeaders(runtime), {
    port: options.port,
    host: options.host,
    maxConcurrentRequests: options.maxConcurrentRequests,
    // Near its heap limit (node's default, or --max-old-space-size) it sheds rather than run out of memory.
    heapPressure: watchHeapPressure(),
  });
  const port = listener.port;
  return {
    url: `http://localhost:${port}${GRAPHQL_PATH}`,
    port,
    runtime,
    async stop() {
      await listener.close(options.shutdownGraceMs ?? 10_000);
      await runtime.dispose();
      breakers.shutdown();
    },
  };
}
