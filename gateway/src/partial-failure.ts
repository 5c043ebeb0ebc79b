import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult, Executor } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { logger } from '../../lib/logger';
import type { SubgraphBreakers } from './subgraph-breakers';

/** The code a client sees on the fields of a department that could not answer. */
export const SUBGRAPH_UNAVAILABLE = 'SERVICE_UNAVAILABLE';

interface Representation {
  __typename: string;
}

function representationsOf(request: ExecutionRequest): Representation[] | null {
  const representations = request.variables?.representations;
  return Array.isArray(representations) ? (representations as Representation[]) : null;
}

function unavailable(subgraphName: string, request: ExecutionRequest, reason: string): ExecutionResult {
  logger.warn({ subgraph: subgraphName, reason }, 'subgraph unavailable; answering without it');
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

/** A retry only follows a failure this early in the budget, so a call and its retry fit in budget + 10%. */
const RETRY_WINDOW = 0.1;
const RETRY_DELAY_MS = 25;

export interface PartialFailureOptions {
  breakers: SubgraphBreakers;
  /** The per-subgraph timeout: the budget of one call, retry included. */
  timeoutMs: number;
}

/**
 * When a subgraph call throws (refused, reset, timed out), answers an `_entities` request without
 * entities, answers as no GraphQL server would (HTTP 5xx), or its circuit breaker is open, the gateway
 * answers with the other subgraphs' data and one error carrying `serviceName`, instead of failing the
 * whole response (TOOLCHAIN.md, "When a department's subgraph is down").
 *
 * A query that failed fast (the request never got in) is tried once more; a mutation never is, and a
 * call that timed out is not (it has spent the budget). Hive's own upstreamRetry retries every thrown
 * error, timeouts included, which would double the time a client waits on a hung subgraph.
 */
export function usePartialFailure({ breakers, timeoutMs }: PartialFailureOptions): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const attempt = async (request: ExecutionRequest) => {
        const result = (await executor(request)) as ExecutionResult;
        if (representationsOf(request) ? !hasEntities(result) : isTransportFailure(result))
          throw new UnusableAnswer(result);
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
              if (request.operationType !== 'query' || !early) throw error;
              await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
              return attempt(request);
            }
          });
        } catch (error) {
          return unavailable(subgraphName, request, error instanceof Error ? error.message : String(error));
        }
      };
      setExecutor(guarded);
    },
  };
}
