import { logger } from '../../../lib/logger';
import { runSubgraph } from '../../../lib/server/run-subgraph';
import { customersSubgraph } from './subgraph';

// The customers subgraph's own entry point, for independent deployment.
runSubgraph(customersSubgraph).catch((error: unknown) => {
  logger.fatal({ err: error, service: 'customers' }, 'failed to start');
  process.exit(1);
});
