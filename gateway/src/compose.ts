import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { type DocumentNode, printSchema } from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { loadSchema } from '../../lib/graphql/load-schema';

export class CompositionError extends Error {
  constructor(readonly messages: string[]) {
    super(`Supergraph composition failed:\n${messages.map((message) => `  - ${message}`).join('\n')}`);
  }
}

export const SUPERGRAPH_PATH = path.resolve(__dirname, '../supergraph.graphql');
/** The API schema clients see (no join or link directives, no URLs): what typed client documents are checked against. */
export const API_SCHEMA_PATH = path.resolve(__dirname, '../api-schema.graphql');

/**
 * Composes the four subgraphs' SDL files into a Federation 2 supergraph, routing each subgraph to
 * `urls[name]`. No running subgraph is needed; a composition error lists the composer's messages.
 */
export function composeSupergraph(urls: Record<SubgraphName, string>): string {
  return composeSdl(SUBGRAPH_NAMES.map((name) => ({ name, url: urls[name], typeDefs: loadSchema(name) })));
}

type SubgraphDefinition = { name: string; url: string; typeDefs: DocumentNode };

function composeOrThrow(subgraphs: SubgraphDefinition[]) {
  const result = composeServices(subgraphs);
  if (result.errors) throw new CompositionError(result.errors.map((error) => error.message));
  return result;
}

/** Composes any set of subgraph definitions; throws CompositionError with every message on failure. */
export function composeSdl(subgraphs: SubgraphDefinition[]): string {
  return composeOrThrow(subgraphs).supergraphSdl;
}

/** The composed graph as clients see it, in SDL; it names no subgraph and no URL. */
export function composeApiSchema(): string {
  const { schema } = composeOrThrow(
    SUBGRAPH_NAMES.map((name) => ({ name, url: `http://${name}.invalid`, typeDefs: loadSchema(name) })),
  );
  return `${printSchema(schema.toAPISchema().toGraphQLJSSchema())}\n`;
}

/** Writes `gateway/api-schema.graphql` (committed: `npm run codegen` types the example operations against it). */
export function writeApiSchema(file = API_SCHEMA_PATH): string {
  const sdl = composeApiSchema();
  writeFileSync(file, sdl);
  return sdl;
}

/** Composes and writes `gateway/supergraph.graphql`, the file the gateway serves. */
export function writeSupergraph(urls: Record<SubgraphName, string>, file = SUPERGRAPH_PATH): string {
  const sdl = composeSupergraph(urls);
  writeFileSync(file, sdl);
  return sdl;
}
