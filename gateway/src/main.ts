import { cleanEnv, port } from 'envalid';
import { loadCommonConfig, SUBGRAPH_NAMES, type SubgraphName, subgraphUrl } from '../../lib/config';
import { logger } from '../../lib/logger';
import { onShutdownSignal } from '../../lib/server/shutdown-signals';
import { CompositionError, SUPERGRAPH_PATH, writeSupergraph } from './compose';
import { startGateway } from './hive-gateway';

async function main() {
  const common = loadCommonConfig();
  const { PORT } = cleanEnv(process.env, { PORT: port({ default: 4000, desc: 'Gateway port' }) });
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])) as Record<
    SubgraphName,
    string
  >;
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
  });
  logger.info({ url: gateway.url }, 'gateway listening');
  onShutdownSignal(async (reason) => {
    logger.info({ reason }, 'gateway shutting down');
    await gateway.stop();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, 'gateway failed to start');
  process.exit(1);
});
