import type { GatewayConfigBase, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { createGraphQLError } from '@graphql-tools/utils';
import { type DefinitionNode, Kind, type OperationDefinitionNode } from 'graphql';
import { type AuthSettings, verifierFor } from '../../lib/auth/settings';
import { AuthenticationError, bearerToken, type Caller } from '../../lib/auth/tokens';
import { ErrorCode, errorResponse } from '../../lib/errors';
import { HEALTH_PATH, METRICS_PATH, READINESS_PATH } from '../../lib/server/listener';

/** Paths answered without a token: the probes and Prometheus' scrape (reachable only inside the cluster). */
const OPEN_PATHS = new Set([HEALTH_PATH, READINESS_PATH, METRICS_PATH]);

const unauthenticated = (message: string) =>
  errorResponse(401, message, ErrorCode.UNAUTHENTICATED, { headers: { 'www-authenticate': 'Bearer' } });

/**
 * Every request but the probes and the explorer's pages (`isExplorerPage`, gateway/src/explorer.ts) needs a
 * valid bearer token: 401 `UNAUTHENTICATED` otherwise, before any parsing or planning. The verified caller is
 * kept for `genericAuth` below.
 */
export function useRequireToken(
  callers: WeakMap<Request, Caller>,
  settings: AuthSettings,
  isExplorerPage: (request: Request, url: URL) => boolean,
): GatewayPlugin {
  const verify = verifierFor(settings);
  return {
    async onRequest({ request, url, endResponse }) {
      if (OPEN_PATHS.has(url.pathname) || isExplorerPage(request, url)) return;
      const token = bearerToken(request.headers.get('authorization'));
      if (!token) return endResponse(unauthenticated('A bearer token is required'));
      try {
        callers.set(request, await verify(token));
      } catch (error) {
        if (!(error instanceof AuthenticationError)) throw error;
        endResponse(unauthenticated(error.message));
      }
    },
  };
}

/**
 * When `genericAuth` took every root field out of an operation (a forbidden write, say), nothing is left to
 * plan: answer `data: null` at once; `genericAuth` adds its FORBIDDEN errors to that answer.
 */
export function useEmptyOperationAnswer(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const operation = args.document.definitions.find(
        (definition: DefinitionNode): definition is OperationDefinitionNode =>
          definition.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation && operation.selectionSet.selections.length === 0)
        setResultAndStopExecution({ data: null });
    },
  };
}

/**
 * Hive Gateway's own enforcement of the supergraph's `@authenticated` / `@requiresScopes`: fields the
 * caller may not read are taken out of the operation and answered `null` with FORBIDDEN at their path;
 * the rest of the operation runs.
 */
export function genericAuthOptions(
  callers: WeakMap<Request, Caller>,
): NonNullable<GatewayConfigBase<Record<string, unknown>>['genericAuth']> {
  return {
    mode: 'protect-granular',
    rejectUnauthenticated: false,
    resolveUserFn: (context: { request?: Request }) =>
      (context.request && callers.get(context.request)) ?? null,
    extractScopes: (caller: Caller) => [...caller.scopes],
    validateUser: ({
      user,
      fieldScopes,
      typeScopes,
      fieldAuthArgs,
      typeAuthArgs,
      fieldNode,
      path,
      parentType,
    }) => {
      const caller = user as Caller | null;
      const scopes = caller?.scopes ?? [];
      const meets = (required: unknown) =>
        !Array.isArray(required) ||
        (required as string[][]).some((set) => set.every((scope) => scopes.includes(scope)));
      const guarded = fieldAuthArgs || typeAuthArgs || fieldScopes || typeScopes;
      if (!guarded) return undefined;
      if (caller && meets(typeScopes) && meets(fieldScopes)) return undefined;
      const needed = [
        ...((typeScopes as string[][] | undefined) ?? []),
        ...((fieldScopes as string[][] | undefined) ?? []),
      ]
        .map((set) => set.join(' and '))
        .join(' or ');
      return createGraphQLError(
        `Not allowed to read ${parentType.name}.${fieldNode.name.value}${needed ? `: needs ${needed}` : ''}`,
        {
          nodes: [fieldNode],
          path: path.filter((key) => key !== '@'),
          extensions: { code: caller ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED },
        },
      );
    },
  };
}
