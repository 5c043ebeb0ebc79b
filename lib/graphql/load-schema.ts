import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DocumentNode, parse } from 'graphql';
import type { SubgraphName } from '../config';

/** The path of a subgraph's SDL, the source of truth for its schema. */
export function schemaPath(name: SubgraphName): string {
  return path.resolve(__dirname, '../../subgraphs', name, 'schema.graphql');
}

export function loadSchemaText(name: SubgraphName): string {
  return readFileSync(schemaPath(name), 'utf8');
}

export function loadSchema(name: SubgraphName): DocumentNode {
  return parse(loadSchemaText(name));
}
