import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult, Executor } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { logger } from '../../lib/logger';
import { REQUEST_ID_HEADER } from '../../lib/request-id';
import { CallAbandoned, type SubgraphBreakers } from './subgraph-breakers';

/** The code a client sees on the fields of a department that could not answer. */
export const SUBGRAPH_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

interface Representation {
  __typename: string;
}

function representationsOf(request: ExecutionRequest): Representation[] | null {
  const representations = request.variables?.representations;
  return Array.isArray(representations) ? (representations as Representation[]) : null;
}

/** The gateway's id of the request a subgraph call serves (lib/request-id.ts put it in the header). */
function requestIdOf(request: ExecutionRequest): string | undefined {
  const context = request.context as { request?: Request } | undefined;
  return context?.request?.headers.get(REQUEST_ID_HEADER) ?? undefined;
}

function unavailable(subgraphName: string, request: ExecutionRequest, reason: string): ExecutionResult {
  logger.warn(
    { subgraph: subgraphName, reason, reqId: requestIdOf(request) },
    'subgraph unavailable; answering without it',
  );
  const message = `The ${subgraphName} service is unavailable; its fields are null`;
  const extensions = { code: SUBGRAPH_UNAVAILABLE, serviceName: subgraphName };
  const representations = representationsOf(request);
  // Bare entities keep every other department's data and let fields that @require the missing ones
  // still run (their inputs arrive as null). Without this, Hive nulls whole entities or the response.
  if (representations)
    return {
      data: { _entities: representations.map(({ __typename }) => ({ __typename })) },
      errors: [new GraphQLError(message, { path: ['_entities'], extensions })],
    };
  return { data: null, errors: [new GraphQLError(message, { extensions })] };
}

/**
 * The subgraph did not answer as a GraphQL server (HTTP 5xx, a body that is not GraphQL): the HTTP
 * executor reports that as an error with the response's status, not as a resolver's error. A resolver's
 * own errors (BAD_USER_INPUT, NOT_FOUND…) are answers and pass through untouched.
 */
function isTransportFailure(result: ExecutionResult): boolean {
  return (result.errors ?? []).some((error) => {
    const extensions = error.extensions as { code?: unknown; response?: { status?: unknown } } | undefined;
    const status = extensions?.response?.status;
    return (
      (typeof status === 'number' && status >= 500) ||
      extensions?.code === 'DOWNSTREAM_SERVICE_ERROR' ||
      extensions?.code === 'RESPONSE_VALIDATION_FAILED'
    );
  });
}

function hasEntities(result: ExecutionResult): boolean {
  const data = result.data as { _entities?: unknown } | null | undefined;
  return Array.isArray(data?._entities);
}

/** An `_entities` answer without entities (HTTP 5xx, a crashed resolver): a failed call for the breaker. */
class UnusableAnswer extends Error {
  constructor(readonly result: ExecutionResult) {
    super(JSON.stringify(result.errors ?? []).slice(0, 300));
  }
}

class SubgraphTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`no answer within ${timeoutMs} ms`);
  }
}

/** Why a call's signal is aborted once the call is over: one object, not a DOMException per call. */
const CALL_SETTLED = new Error('the subgraph call is over');

/**
 * One subgraph call, cut off (its HTTP request aborted) after `timeoutMs`. Hive's `upstreamTimeout` does
 * this with `AbortSignal.timeout` + `AbortSignal.any` per call; here it is one timer and one controller.
 *
 * When the client goes away first, the wait ends at once (`CallAbandoned`) but the HTTP request is left to
 * finish: Hive's transport may have let an identical request of another client join it, and aborting it
 * would fail that client too. It still ends by the timeout.
 *
 * The controller is aborted once the HTTP request settles, too. The HTTP executor joins each call's signal
 * with its own long-lived one, and that join's listener leaves the long-lived signal only when the call's
 * signal aborts or is garbage-collected; until then every new call's listener walks the whole list
 * (EventTarget's duplicate check). Measured under load, that walk was the largest piece of our gateway's
 * CPU beyond stock Hive's. By the time the request settles its response has been read, so the abort cuts
 * nothing.
 */
async function callWithTimeout(
  executor: Executor,
  request: ExecutionRequest,
  timeoutMs: number,
): Promise<ExecutionResult> {
  const controller = new AbortController();
  const call = Promise.resolve(
    executor({ ...request, signal: controller.signal }),
  ) as Promise<ExecutionResult>;
  const timer = setTimeout(() => controller.abort(new SubgraphTimeout(timeoutMs)), timeoutMs);
  const settled = () => {
    clearTimeout(timer);
    controller.abort(CALL_SETTLED);
  };
  call.then(settled, settled);

  const client = request.signal;
  let stopWaiting: (error: Error) => void = () => {};
  const interrupted = new Promise<never>((_, reject) => {
    stopWaiting = reject;
  });
  const timedOut = () => {
    if (controller.signal.reason instanceof SubgraphTimeout) stopWaiting(controller.signal.reason);
  };
  const abandoned = () => stopWaiting(new CallAbandoned());
  controller.signal.addEventListener('abort', timedOut, { once: true });
  if (client?.aborted) abandoned();
  else client?.addEventListener('abort', abandoned, { once: true });
  try {
    return await Promise.race([call, interrupted]);
  } finally {
    controller.signal.removeEventListener('abort', timedOut);
    client?.removeEventListener('abort', abandoned);
  }
}

/** A retry only follows a failure this early in the budget, so a call and its retry fit in budget + 10%. */
const RETRY_WINDOW = 0.1;
const RETRY_DELAY_MS = 25;

export interface PartialFailureOptions {
  breakers: SubgraphBreakers;
  /** How long one call to a subgraph may take (a retry gets the same again). */
  timeoutMs: number;
}

/**
 * When a subgraph call throws (refused, reset, timed out), answers an `_entities` request without
 * entities, answers as no GraphQL server would (HTTP 5xx), or its circuit breaker is open, the gateway
 * answers with the other subgraphs' data and one error carrying `serviceName`, instead of failing the
 * whole response (TOOLCHAIN.md, "When a department's subgraph is down").
 *
 * A query that failed fast (the request never got in) is tried once more; a mutation never is, and a
 * call that timed out is not (it has spent the budget). A call cancelled because its client went away is
 * neither retried nor counted against the subgraph. Hive's own upstreamRetry retries every thrown
 * error, timeouts included, which would double the time a client waits on a hung subgraph.
 */
export function usePartialFailure({ breakers, timeoutMs }: PartialFailureOptions): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const attempt = async (request: ExecutionRequest) => {
        let result: ExecutionResult;
        try {
          result = await callWithTimeout(executor, request, timeoutMs);
        } catch (error) {
          throw request.signal?.aborted ? new CallAbandoned() : error;
        }
        if (representationsOf(request) ? !hasEntities(result) : isTransportFailure(result))
          throw request.signal?.aborted ? new CallAbandoned() : new UnusableAnswer(result);
        return result;
      };
      const guarded: Executor = async (request) => {
        const started = performance.now();
        try {
          return await breakers.run(subgraphName, async () => {
            try {
              return await attempt(request);
            } catch (error) {
              const early = performance.now() - started < timeoutMs * RETRY_WINDOW;
              if (error instanceof CallAbandoned || request.operationType !== 'query' || !early) throw error;
              await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
              return attempt(request);
            }
          });
        } catch (error) {
          // Nobody is waiting for this answer: not a department outage, so no warning either.
          if (error instanceof CallAbandoned)
            return { data: null, errors: [new GraphQLError(error.message)] };
          return unavailable(subgraphName, request, error instanceof Error ? error.message : String(error));
        }
      };
      setExecutor(guarded);
    },
  };
}
