import { mapSubgraphs, subgraphUrl } from '../../lib/config';
import {
  API_SCHEMA_PATH,
  CompositionError,
  SUPERGRAPH_PATH,
  writeApiSchema,
  writeSupergraph,
} from './compose';

// `npm run compose`: writes gateway/supergraph.graphql (what the gateway serves) and
// gateway/api-schema.graphql (what clients see) from the four SDL files, without starting anything.
try {
  const urls = mapSubgraphs((name) => subgraphUrl(name));
  writeSupergraph(urls);
  console.log(`Wrote ${SUPERGRAPH_PATH}`);
  writeApiSchema();
  console.log(`Wrote ${API_SCHEMA_PATH}`);
} catch (error) {
  console.error(error instanceof CompositionError ? error.message : error);
  process.exit(1);
}
