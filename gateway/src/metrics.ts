import type { GatewayConfigContext, GatewayPlugin } from '@graphql-hive/gateway-runtime';
import usePrometheus, { createCounter, createHistogram } from '@graphql-mesh/plugin-prometheus';
import type { ExecutionRequest } from '@graphql-tools/utils';
import { getOperationAST } from 'graphql';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { METRICS_PATH } from '../../lib/server/listener';
import { errorCodeLabel, OPERATION_NAME_HEADER, operationNameLabel } from '../../lib/server/metric-labels';

/** The code of an error found before execution, which carries none of its own. */
const PHASE_CODES: Record<string, string> = {
  parse: 'GRAPHQL_PARSE_FAILED',
  validate: 'GRAPHQL_VALIDATION_FAILED',
};

interface OperationParams {
  operationName?: string;
  operationType?: string;
}

interface SubgraphParams {
  subgraphName: string;
  executionRequest: ExecutionRequest;
}

/** The client operation a request runs, as labelled. */
type OperationLabels = { operationName: string; operationType: string };

/**
 * The gateway's `/metrics` (Hive Gateway's Prometheus plugin, on a registry of its own): the process
 * (memory, CPU, event-loop lag), each client operation's HTTP and execution time, each subgraph call's
 * time and errors, and the errors clients received by `extensions.code`. The plugin's other metrics (per
 * phase, per outgoing fetch, a summary) are off: they repeat these. Operation names are client-chosen and
 * error codes travel from the subgraphs: both are bounded (lib/server/metric-labels.ts), and the error
 * counter has no `path` label (a path holds list indexes).
 *
 * The query planner sends subgraphs anonymous operations, so subgraph calls are labelled with the client
 * operation they serve, here and in each subgraph's own metrics (sent along in OPERATION_NAME_HEADER).
 */
export function useGatewayMetrics(log: GatewayConfigContext['log']): GatewayPlugin[] {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationName = operationNameLabel();
  const errorCode = errorCodeLabel();
  const operation = (params: OperationParams): OperationLabels => ({
    operationName: operationName(params.operationName),
    operationType: params.operationType ?? 'unknown',
  });
  /** The client operation each request context executes. */
  const clientOperations = new WeakMap<object, OperationLabels>();
  const subgraphCall = ({ subgraphName, executionRequest }: SubgraphParams) => ({
    subgraphName,
    ...(clientOperations.get(executionRequest.context ?? {}) ?? operation(executionRequest)),
  });

  const prometheus = usePrometheus({
    log,
    registry,
    endpoint: METRICS_PATH,
    metrics: {
      graphql_yoga_http_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_yoga_http_duration',
          help: 'Time from receiving a GraphQL request over HTTP to sending its answer, in seconds',
          labelNames: ['operationName', 'operationType', 'method', 'statusCode'],
        },
        fillLabelsFn: (
          params: OperationParams,
          { request, response }: { request: Request; response: Response },
        ) => ({
          ...operation(params),
          method: request.method,
          statusCode: response.status,
        }),
      }),
      graphql_envelop_request_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_envelop_request_duration',
          help: 'Time spent executing a GraphQL operation (planning and subgraph calls), in seconds',
          labelNames: ['operationName', 'operationType'],
        },
        fillLabelsFn: operation,
      }),
      graphql_envelop_error_result: createCounter({
        registry,
        counter: {
          name: 'graphql_envelop_error_result',
          help: 'Errors in the answers sent to clients, by phase and extensions.code',
          labelNames: ['operationName', 'operationType', 'phase', 'code'],
        },
        fillLabelsFn: (params: OperationParams & { errorPhase?: string; error?: unknown }) => ({
          ...operation(params),
          phase: params.errorPhase ?? 'unknown',
          code: errorCode(
            (params.error as { extensions?: { code?: unknown } } | undefined)?.extensions?.code ??
              PHASE_CODES[params.errorPhase ?? ''],
          ),
        }),
      }),
      graphql_gateway_subgraph_execute_duration: createHistogram({
        registry,
        histogram: {
          name: 'graphql_gateway_subgraph_execute_duration',
          help: 'Time spent on one call to a subgraph, in seconds',
          labelNames: ['subgraphName', 'operationName', 'operationType'],
        },
        fillLabelsFn: subgraphCall,
      }),
      graphql_gateway_subgraph_execute_errors: createCounter({
        registry,
        counter: {
          name: 'graphql_gateway_subgraph_execute_errors',
          help: 'Errors in the answers of subgraph calls',
          labelNames: ['subgraphName', 'operationName', 'operationType'],
        },
        fillLabelsFn: subgraphCall,
      }),
      graphql_gateway_fetch_duration: false,
      graphql_envelop_request: false,
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
      graphql_envelop_execute_resolver: false,
    },
  });

  // Two plugins, not one adding the other: Hive reads subgraph hooks only from the plugins it is given.
  const operationTracking: GatewayPlugin = {
    onExecute({ args }) {
      const ast = getOperationAST(args.document, args.operationName);
      clientOperations.set(
        args.contextValue,
        operation({ operationName: ast?.name?.value, operationType: ast?.operation }),
      );
    },
    onFetch({ context, setOptions, options }) {
      const client = clientOperations.get(context);
      if (client)
        setOptions({
          ...options,
          headers: { ...options.headers, [OPERATION_NAME_HEADER]: client.operationName },
        });
    },
  };
  return [prometheus, operationTracking];
}
