import { logger } from '../../../lib/logger';
import { runSubgraph } from '../../../lib/server/run-subgraph';
import { salesSubgraph } from './subgraph';

// The sales subgraph's own entry point, for independent deployment.
runSubgraph(salesSubgraph).catch((error: unknown) => {
  logger.fatal({ err: error, service: 'sales' }, 'failed to start');
  process.exit(1);
});
