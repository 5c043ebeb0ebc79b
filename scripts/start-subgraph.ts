import { isSubgraphName, SUBGRAPH_NAMES } from '../lib/config';
import { logger } from '../lib/logger';
import { runSubgraph } from '../lib/server/run-subgraph';
import { SUBGRAPHS } from './subgraphs';

// `npm run start:subgraph -- sales`: one subgraph alone, configured by its own environment variables.
const name = process.argv[2] ?? '';
if (!isSubgraphName(name)) {
  console.error(`Usage: npm run start:subgraph -- <${SUBGRAPH_NAMES.join('|')}>`);
  process.exit(2);
}
runSubgraph(SUBGRAPHS[name]).catch((error: unknown) => {
  logger.fatal({ err: error, service: name }, 'failed to start');
  process.exit(1);
});
