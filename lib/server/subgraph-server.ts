import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
// The package's own resolver-map type; it is not re-exported from the package root.
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import type { DocumentNode, GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { auditPiiReads, PII_READS, piiReadAudit, piiReadLogFor } from '../audit/pii-reads';
import { CALLER, enforceAuthDirectives } from '../auth/directives';
import { hasValidProof, type SignedParams } from '../auth/gateway-proof';
import { type AuthSettings, serviceTokenSource, verifierFor } from '../auth/settings';
import { AuthenticationError, bearerToken, type Caller } from '../auth/tokens';
import type { SubgraphName } from '../config';
import { type CustomerDirectory, createCustomerDirectory } from '../customer-directory';
import { type DatabaseFailure, databaseFailure, databaseName, openDatabase } from '../db/data-source';
import { ErrorCode, errorResponseBody, JSON_CONTENT_TYPE } from '../errors';
import { type Logger, logger } from '../logger';
import { type ErasurePlan, startErasureWorker } from '../privacy/erasure-worker';
import { REQUEST_ID_HEADER, requestIdFrom, withRequestIds } from '../request-id';
import { BodyTooLargeError, readBody } from './http-body';
import { HEALTH_PATH, type Listener, listen, METRICS_PATH, READINESS_PATH } from './listener';
import { OPERATION_NAME_HEADER } from './metric-labels';
import { createSubgraphMetrics } from './metrics';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** `/readyz` answers 503 when the database has not answered `SELECT 1` within this. */
const READY_CHECK_TIMEOUT_MS = 2_000;

/** What a client sees, in `extensions.code`, when the subgraph's database fails it. */
export const DatabaseErrorCode = {
  /** The pool is exhausted or the server unreachable: retry later (HTTP 503 with Retry-After). */
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  /** A statement ran past `statement_timeout` and the server cancelled it. */
  DATABASE_TIMEOUT: 'DATABASE_TIMEOUT',
} as const;

export interface RequestInfo {
  requestId: string;
  /** Asks the customers subgraph, over HTTP, whether customers exist. */
  customers: CustomerDirectory;
}

/** Everything that makes a subgraph what it is; the bootstrap below is the same for all four. */
export interface SubgraphModule<TContext extends BaseContext> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<TContext>;
  // biome-ignore lint/complexity/noBannedTypes: TypeORM takes entity and migration classes as Function
  entities: Function[];
  // biome-ignore lint/complexity/noBannedTypes: see above
  migrations: Function[];
  /** Checks the subgraph's own settings before anything starts: a missing production secret stops the start. */
  prepare?(): void;
  /** How a department erases a person's rows (departments only; see lib/privacy/erasure-worker.ts). */
  erasurePlan?: ErasurePlan;
  /** Builds the per-request context: fresh DataLoaders every time. */
  createContext(dataSource: DataSource, request: RequestInfo): TContext;
}

export interface SubgraphServerOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  production?: boolean;
  poolMax?: number;
  statementTimeoutMs?: number;
  connectionTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  /** Requests served at once (probes excepted); more are answered 503 `SERVICE_OVERLOADED`. */
  maxConcurrentRequests?: number;
  /** Where the customers subgraph answers, for departments that check customer ids. */
  customersUrl: string;
  /** How long a stop waits for in-flight requests before cutting connections. */
  shutdownGraceMs?: number;
  /**
   * How often a department asks the customers subgraph for erasures it has yet to carry out; without it
   * (tests that do not erase) the department runs no erasure worker.
   */
  erasurePollIntervalMs?: number;
  /** Verifies callers' tokens and the gateway's proof; signs this service's own calls. */
  auth: AuthSettings;
}

/** The scopes a department's erasure worker needs (`pendingErasures`, `confirmErasure`). */
const ERASURE_SCOPES = ['admin'];

/** The scopes a department's calls to the customers directory need (`customersByIdentifiers`). */
const DIRECTORY_SCOPES = ['pii:read'];

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  dataSource: DataSource;
  stop(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  sendText(res, status, JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    'content-type': JSON_CONTENT_TYPE,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

const unauthenticated = (res: ServerResponse, message: string) =>
  sendText(res, 401, errorResponseBody(message, ErrorCode.UNAUTHENTICATED));

/** The GraphQL params of a request, as signed: the JSON body of a POST, the query string of a GET. */
function paramsOf(body: unknown, search: URLSearchParams): SignedParams | null {
  const json = (name: string) => {
    const raw = search.get(name);
    return raw ? (JSON.parse(raw) as Record<string, unknown>) : undefined;
  };
  try {
    if (body === undefined)
      return { query: search.get('query'), variables: json('variables'), extensions: json('extensions') };
  } catch {
    return null;
  }
  // A batch (an array) is never signed by the gateway.
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as SignedParams) : null;
}

/**
 * Whether the database answers through the service's own pool, within `READY_CHECK_TIMEOUT_MS`: false
 * when it is unreachable and also when the pool is exhausted (the check waits for a connection like any
 * query). Probes arriving together share one check.
 */
function readinessCheck(dataSource: DataSource): () => Promise<boolean> {
  let pending: Promise<boolean> | null = null;
  const check = async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      return await Promise.race([
        dataSource.query('SELECT 1').then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((resolve) => {
          timer = setTimeout(() => resolve(false), READY_CHECK_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
      pending = null;
    }
  };
  return () => {
    pending ??= check();
    return pending;
  };
}

/** A database failure as a client sees it: what happened and what to do, never SQL, hosts or a stack. */
function databaseError(
  failure: DatabaseFailure,
  service: SubgraphName,
  path: GraphQLFormattedError['path'],
): GraphQLFormattedError {
  return failure === 'unavailable'
    ? {
        message: `The ${service} database is unavailable; retry later`,
        path,
        extensions: { code: DatabaseErrorCode.DATABASE_UNAVAILABLE, serviceName: service },
      }
    : {
        message: `The ${service} database took too long to answer; retry later`,
        path,
        extensions: { code: DatabaseErrorCode.DATABASE_TIMEOUT, serviceName: service },
      };
}

/**
 * An answer that met an unavailable database goes out as HTTP 503 with `Retry-After`: a client (or the
 * gateway, whose partial-failure handling and circuit breaker read 5xx as "this subgraph is down")
 * sees a service that cannot serve right now, not a resolver's answer.
 */
const databaseUnavailableAs503: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const unavailable = response.body.singleResult.errors?.some(
          (error) => error.extensions?.code === DatabaseErrorCode.DATABASE_UNAVAILABLE,
        );
        if (!unavailable) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', '1');
      },
    };
  },
};

/**
 * With LOG_LEVEL=debug, one line per GraphQL request: the client operation it serves (else its own name),
 * how it ended, and (lib/logger.ts) its `reqId`.
 */
function requestLog(log: Logger): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = Date.now();
      return {
        async willSendResponse({ request, operationName, response }) {
          const errors =
            response.body.kind === 'single' ? (response.body.singleResult.errors?.length ?? 0) : 0;
          log.debug(
            {
              operationName: request.http?.headers.get(OPERATION_NAME_HEADER) ?? operationName,
              status: response.http.status ?? 200,
              errors,
              ms: Date.now() - started,
            },
            'graphql request served',
          );
        },
      };
    },
  };
}

/**
 * Migrates the subgraph's database, then serves GraphQL on `/graphql` plus `/healthz`, `/readyz` and
 * `/metrics` (lib/server/metrics.ts).
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
  options: SubgraphServerOptions,
): Promise<RunningSubgraph> {
  const log = logger.child({ service: module.name });
  module.prepare?.();
  const dataSource = await openDatabase({
    url: options.databaseUrl,
    entities: module.entities,
    migrations: module.migrations,
    poolMax: options.poolMax,
    statementTimeoutMs: options.statementTimeoutMs,
    connectionTimeoutMs: options.connectionTimeoutMs,
    idleInTransactionTimeoutMs: options.idleInTransactionTimeoutMs,
  });
  const databaseReady = readinessCheck(dataSource);
  const metrics = createSubgraphMetrics(dataSource, databaseName(options.databaseUrl));

  const apollo = new ApolloServer<TContext>({
    // The SDL's @authenticated / @requiresScopes are enforced here too, not only at the gateway; a person's
    // reads of the fields that need pii:read go to the audit log (lib/audit/pii-reads.ts).
    schema: auditPiiReads(
      enforceAuthDirectives(
        buildSubgraphSchema([{ typeDefs: module.typeDefs, resolvers: module.resolvers }]),
        module.typeDefs,
      ),
      module.typeDefs,
    ),
    // Signals are ours to handle (drain, close the pool, exit); Apollo's own handler would race us.
    stopOnTerminationSignals: false,
    // Stack traces go to the log, never to clients: the gateway would pass them on.
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => {
      if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      const failure = databaseFailure(unwrapResolverError(error));
      if (failure) {
        log.warn({ path: formatted.path, reason: formatted.message }, `database ${failure}`);
        return databaseError(failure, module.name, formatted.path);
      }
      log.error({ err: unwrapResolverError(error), path: formatted.path }, 'resolver failed');
      // In production an unexpected error's message (SQL, hosts) stays in the log too.
      return options.production
        ? {
            message: 'Internal server error',
            path: formatted.path,
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          }
        : formatted;
    },
    // Inline traces cost time on every request and nothing here reads them.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      databaseUnavailableAs503,
      piiReadAudit(dataSource),
      metrics.plugin,
      ...(log.isLevelEnabled('debug') ? [requestLog(log)] : []),
    ],
  });
  await apollo.start();
  const verify = verifierFor(options.auth);
  const directoryToken = serviceTokenSource(options.auth, `service:${module.name}`, DIRECTORY_SCOPES);

  let listener: Listener | null = null;
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    // The gateway's id for the request it is serving (withRequestIds below made sure there is one).
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    if (url.pathname === HEALTH_PATH) return send(res, 200, { status: 'ok', service: module.name });
    if (url.pathname === READINESS_PATH) {
      // (A stopping service's listener answers 503 itself.)
      const ready = listener !== null && !listener.isClosing() && (await databaseReady());
      return send(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', service: module.name });
    }
    if (url.pathname === METRICS_PATH) return metrics.respond(res);
    if (url.pathname !== '/graphql' && url.pathname !== '/') return send(res, 404, { error: 'not found' });

    let body: unknown;
    if (req.method === 'POST') {
      try {
        const text = await readBody(req, MAX_BODY_BYTES);
        body = text ? JSON.parse(text) : undefined;
      } catch (error) {
        const tooLarge = error instanceof BodyTooLargeError;
        return send(res, tooLarge ? 413 : 400, {
          errors: [{ message: tooLarge ? 'Request body is too large' : 'Request body is not valid JSON' }],
        });
      }
    }
    // Only the gateway (or a sibling service) holds the secret that signs a request's query and variables:
    // anything else, `_service` and `_entities` included, is turned away before GraphQL sees it.
    const params = paramsOf(body, url.searchParams);
    if (!params || !hasValidProof(options.auth.gatewaySecret, params))
      return unauthenticated(res, 'Subgraphs answer only requests signed by the gateway');
    const token = bearerToken(req.headers.authorization);
    if (!token) return unauthenticated(res, 'A bearer token is required');
    let caller: Caller;
    try {
      caller = await verify(token);
    } catch (error) {
      if (error instanceof AuthenticationError) return unauthenticated(res, error.message);
      throw error;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () =>
        Object.assign(
          module.createContext(dataSource, {
            requestId,
            customers: createCustomerDirectory(options.customersUrl, requestId, {
              gatewaySecret: options.auth.gatewaySecret,
              token: directoryToken,
            }),
          }),
          { [CALLER]: caller, [PII_READS]: piiReadLogFor(caller, requestId) },
        ),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  };

  listener = await listen(
    withRequestIds((req, res) =>
      handle(req, res).catch((error: unknown) => {
        log.error({ err: error }, 'request failed');
        if (!res.headersSent) send(res, 500, { errors: [{ message: 'Internal server error' }] });
        else res.end();
      }),
    ),
    { port: options.port, host: options.host, maxConcurrentRequests: options.maxConcurrentRequests },
  );
  const port = listener.port;
  log.info({ port }, 'subgraph listening');
  const erasureWorker =
    module.erasurePlan && options.erasurePollIntervalMs
      ? startErasureWorker({
          plan: module.erasurePlan,
          dataSource,
          customersUrl: options.customersUrl,
          credentials: {
            gatewaySecret: options.auth.gatewaySecret,
            token: serviceTokenSource(options.auth, `service:${module.name}`, ERASURE_SCOPES),
          },
          intervalMs: options.erasurePollIntervalMs,
          log,
        })
      : null;

  let stopped: Promise<void> | null = null;
  return {
    name: module.name,
    url: `http://localhost:${port}/graphql`,
    port,
    dataSource,
    // Once: a second stop (a signal during a stop, a test that stopped one subgraph early) waits for the first.
    stop() {
      stopped ??= (async () => {
        const graceMs = options.shutdownGraceMs ?? 10_000;
        log.info({ inFlight: listener.inFlight(), graceMs }, 'draining');
        const drain = await listener.close(graceMs);
        if (drain.cut > 0) log.warn(drain, 'grace period over: cut the requests still running');
        await erasureWorker?.stop();
        await apollo.stop();
        await dataSource.destroy();
        log.info(drain, 'stopped: requests drained, database pool closed');
      })();
      return stopped;
    },
  };
}
