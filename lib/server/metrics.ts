import type { ServerResponse } from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { poolOf } from '../db/data-source';
import { statementsTotal } from '../db/statement-counter';
import { errorCodeLabel, OPERATION_NAME_HEADER, operationNameLabel } from './metric-labels';

export interface SubgraphMetrics {
  /** Times every GraphQL request by operation and counts its errors by `extensions.code`. */
  plugin: ApolloServerPlugin;
  /** Answers a scrape: every metric in Prometheus' text format. */
  respond(res: ServerResponse): Promise<void>;
}

/**
 * What a subgraph reports on `/metrics`: the process (memory, CPU, event-loop lag), its GraphQL requests,
 * its database pool and the SQL statements it sent. One registry per subgraph, so several subgraphs in
 * one process (the tests) each report only their own.
 */
export function createSubgraphMetrics(dataSource: DataSource, database: string): SubgraphMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const operationName = operationNameLabel();
  const errorCode = errorCodeLabel();

  const duration = new Histogram({
    name: 'graphql_request_duration_seconds',
    help: 'Time from a GraphQL request reaching Apollo Server to its answer, in seconds',
    labelNames: ['operationName', 'operationType'],
    registers: [registry],
  });
  const errors = new Counter({
    name: 'graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code',
    labelNames: ['code', 'operationName'],
    registers: [registry],
  });

  const pool = poolOf(dataSource);
  const poolGauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      labelNames: ['database'],
      registers: [registry],
      collect() {
        this.set({ database }, read());
      },
    });
  poolGauge(
    'db_pool_connections',
    'Open connections in the database pool, busy or idle',
    () => pool.totalCount,
  );
  poolGauge(
    'db_pool_idle_connections',
    'Open connections in the pool that no query is using',
    () => pool.idleCount,
  );
  poolGauge('db_pool_waiting_clients', 'Queries waiting for a pool connection', () => pool.waitingCount);
  poolGauge(
    'db_pool_max_connections',
    'The most connections the pool opens (DB_POOL_MAX)',
    () => pool.options.max,
  );
  new Counter({
    name: 'db_statements_total',
    help: 'SQL statements sent to the database since the process started',
    labelNames: ['database'],
    registers: [registry],
    collect() {
      this.reset();
      this.inc({ database }, statementsTotal(database));
    },
  });

  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(requestContext) {
          // The client operation the gateway serves with this call, else this operation's own name.
          const name = operationName(
            requestContext.request.http?.headers.get(OPERATION_NAME_HEADER) ?? requestContext.operationName,
          );
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          duration.observe(
            { operationName: name, operationType: requestContext.operation?.operation ?? 'unknown' },
            seconds,
          );
          const { body } = requestContext.response;
          if (body.kind !== 'single') return;
          for (const error of body.singleResult.errors ?? [])
            errors.inc({ code: errorCode(error.extensions?.code), operationName: name });
        },
      };
    },
  };

  return {
    plugin,
    async respond(res) {
      const text = await registry.metrics();
      res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(text) });
      res.end(text);
    },
  };
}
