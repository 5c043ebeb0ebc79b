import { SUBGRAPH_NAMES, type SubgraphName, subgraphUrl } from '../../lib/config';
import { CompositionError, SUPERGRAPH_PATH, writeSupergraph } from './compose';

// `npm run compose`: writes gateway/supergraph.graphql from the four SDL files, without starting anything.
try {
  const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphUrl(name)])) as Record<
    SubgraphName,
    string
  >;
  writeSupergraph(urls);
  console.log(`Wrote ${SUPERGRAPH_PATH}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
