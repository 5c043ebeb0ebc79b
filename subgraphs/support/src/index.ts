import { logger } from '../../../lib/logger';
import { runSubgraph } from '../../../lib/server/run-subgraph';
import { supportSubgraph } from './subgraph';

// The support subgraph's own entry point, for independent deployment.
runSubgraph(supportSubgraph).catch((error: unknown) => {
  logger.fatal({ err: error, service: 'support' }, 'failed to start');
  process.exit(1);
});
