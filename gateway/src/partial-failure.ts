import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionRequest, ExecutionResult, Executor } from '@graphql-tools/utils';
import { GraphQLError } from 'graphql';
import { logger } from '../../lib/logger';

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

function hasEntities(result: ExecutionResult): boolean {
  const data = result.data as { _entities?: unknown } | null | undefined;
  return Array.isArray(data?._entities);
}

/**
 * When a subgraph call throws (refused, reset, timed out) or answers an `_entities` request without
 * entities (HTTP 5xx, a crashed resolver), the gateway answers with the other subgraphs' data and one
 * error carrying `serviceName`, instead of failing the whole response (TOOLCHAIN.md, "When a
 * department's subgraph is down").
 */
export function usePartialFailure(): GatewayPlugin {
  return {
    onSubgraphExecute({ subgraphName, executor, setExecutor }) {
      const guarded: Executor = async (request) => {
        try {
          const result = (await executor(request)) as ExecutionResult;
          if (representationsOf(request) && !hasEntities(result))
            return unavailable(subgraphName, request, JSON.stringify(result.errors ?? []).slice(0, 300));
          return result;
        } catch (error) {
          return unavailable(subgraphName, request, String(error));
        }
      };
      setExecutor(guarded);
    },
  };
}
