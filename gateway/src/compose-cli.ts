import { mapSubgraphs, subgraphUrl } from '../../lib/config';
import { CompositionError, SUPERGRAPH_PATH, writeSupergraph } from './compose';

// `npm run compose`: writes gateway/supergraph.graphql from the four SDL files, without starting anything.
try {
  const urls = mapSubgraphs((name) => subgraphUrl(name));
  writeSupergraph(urls);
  console.log(`Wrote ${SUPERGRAPH_PATH}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
