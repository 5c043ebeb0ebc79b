import { logger } from '../../../lib/logger';
import { runSubgraph } from '../../../lib/server/run-subgraph';
import { marketingSubgraph } from './subgraph';

// The marketing subgraph's own entry point, for independent deployment.
runSubgraph(marketingSubgraph).catch((error: unknown) => {
  logger.fatal({ err: error, service: 'marketing' }, 'failed to start');
  process.exit(1);
});
