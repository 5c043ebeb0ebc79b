import type { BaseContext } from '@apollo/server';
import { loadAuthSettings } from '../auth/settings';
import { loadCommonConfig, subgraphDatabaseUrl, subgraphPort, subgraphUrl } from '../config';
import { logger } from '../logger';
import { exitOnShutdownSignal } from './shutdown-signals';
import { type SubgraphModule, startSubgraphServer } from './subgraph-server';

/**
 * A subgraph as its own process: reads only its own settings (`SALES_DATABASE_URL`, `SALES_PORT`…),
 * serves until SIGTERM, SIGINT or the loss of its supervisor, then drains and exits 0.
 */
export async function runSubgraph<TContext extends BaseContext>(
  module: SubgraphModule<TContext>,
): Promise<void> {
  const config = loadCommonConfig();
  const running = await startSubgraphServer(module, {
    databaseUrl: subgraphDatabaseUrl(module.name),
    port: subgraphPort(module.name),
    host: config.HOST,
    production: config.isProduction,
    poolMax: config.DB_POOL_MAX,
    statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
    connectionTimeoutMs: config.DB_CONNECTION_TIMEOUT_MS,
    idleInTransactionTimeoutMs: config.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    maxConcurrentRequests: config.MAX_CONCURRENT_REQUESTS,
    customersUrl: subgraphUrl('customers'),
    shutdownGraceMs: config.SHUTDOWN_GRACE_MS,
    erasurePollIntervalMs: config.ERASURE_POLL_INTERVAL_MS,
    auth: loadAuthSettings(),
  });
  // Tells a supervisor (npm start) that this very process is ready, on this port.
  process.send?.({ ready: true, port: running.port });
  exitOnShutdownSignal(() => running.stop(), {
    graceMs: config.SHUTDOWN_GRACE_MS,
    log: logger.child({ service: module.name }),
  });
}
