import { cleanEnv, port } from 'envalid';
import { loadAuthSettings } from '../../lib/auth/settings';
import { loadCommonConfig, mapSubgraphs, positiveInteger, subgraphUrl } from '../../lib/config';
import { logger } from '../../lib/logger';
import { exitOnShutdownSignal } from '../../lib/server/shutdown-signals';
import { CompositionError, SUPERGRAPH_PATH, writeSupergraph } from './compose';
import { startGateway } from './hive-gateway';

/** Hive Gateway's logger knows fewer levels than pino. */
function hiveLogLevel(level: string): false | 'error' | 'warn' | 'info' | 'debug' {
  if (level === 'silent') return false;
  if (level === 'fatal' || level === 'error') return 'error';
  if (level === 'debug' || level === 'trace') return 'debug';
  return level === 'warn' ? 'warn' : 'info';
}

async function main() {
  const common = loadCommonConfig();
  // Hive's logger also reads LOG_LEVEL itself and throws on pino's `silent` and `fatal`: it gets its level
  // from `logging` below instead.
  delete process.env.LOG_LEVEL;
  const { PORT, SUBGRAPH_TIMEOUT_MS } = cleanEnv(process.env, {
    PORT: port({ default: 4000, desc: 'Gateway port' }),
    SUBGRAPH_TIMEOUT_MS: positiveInteger({
      default: 3_000,
      desc: 'How long the gateway waits for one subgraph call before answering without that subgraph',
    }),
  });
  const urls = mapSubgraphs((name) => subgraphUrl(name));
  let supergraphSdl: string;
  try {
    supergraphSdl = writeSupergraph(urls);
  } catch (error) {
    if (error instanceof CompositionError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  logger.info({ file: SUPERGRAPH_PATH }, 'supergraph composed');
  const gateway = await startGateway({
    supergraphSdl,
    port: PORT,
    host: common.HOST,
    production: common.isProduction,
    shutdownGraceMs: common.SHUTDOWN_GRACE_MS,
    maxConcurrentRequests: common.MAX_CONCURRENT_REQUESTS,
    subgraphTimeoutMs: SUBGRAPH_TIMEOUT_MS,
    logging: hiveLogLevel(common.LOG_LEVEL),
    auth: loadAuthSettings(),
  });
  logger.info({ url: gateway.url }, 'gateway listening');
  // Tells a supervisor (npm start) that this very process is ready, on this port.
  process.send?.({ ready: true, port: gateway.port });
  exitOnShutdownSignal(() => gateway.stop(), {
    graceMs: common.SHUTDOWN_GRACE_MS,
    log: logger.child({ service: 'gateway' }),
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
