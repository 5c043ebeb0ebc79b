import type { BaseContext } from '@apollo/server';
import { loadCommonConfig, subgraphDatabaseUrl, subgraphPort, subgraphUrl } from '../config';
import { logger } from '../logger';
import { type SubgraphModule, startSubgraphServer } from './subgraph-server';

/**
 * A subgraph as its own process: reads only its own settings (`SALES_DATABASE_URL`, `SALES_PORT`…),
 * serves until SIGTERM or SIGINT, then drains and exits 0.
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
    customersUrl: subgraphUrl('customers'),
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ service: module.name, signal }, 'shutting down');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
