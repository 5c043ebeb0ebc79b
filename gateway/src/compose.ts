import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { loadSchema } from '../../lib/graphql/load-schema';

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Supergraph composition failed:\n${messages.map((message) => `  - ${message}`).join('\n')}`);
  }
}

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');

/**
 * Composes the four subgraphs' SDL files into a Federation 2 supergraph, routing each subgraph to
 * `urls[name]`. No running subgraph is needed; a composition error lists the composer's messages.
 */
export function composeSupergraph(urls: Record<SubgraphName, string>): string {
  return composeSdl(SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name], typeDefs: loadSchema(name) })));
}

/** Composes any set of subgraph definitions; throws CompositionError with every message on failure. */
export function composeSdl(subgraphs: Array<{ name: string; url: string; typeDefs: DocumentNode }>): string {
  const result = composeServices(subgraphs);
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return result.supergraphSdl;
}

/** Composes and writes `gateway/supergraph.graphql`, the file the gateway serves. */
export function writeSupergraph(urls: Record<SubgraphName, string>, file = SUPERGRAPH_PATH): string {
  const sdl = composeSupergraph(urls);
  writeFileSync(file, sdl);
  return sdl;
}
