import { readFileSync } from 'node:fs';
import { type DocumentNode, Kind, parse } from 'graphql';
import type { SubgraphName } from '../../lib/config';
import { schemaPath } from '../../lib/graphql/load-schema';
import { postGraphQL } from './stack';

/** `Type.field` for every object, interface and input field a document defines or extends. */
export function fieldNames(document: DocumentNode): string[] {
  const names: string[] = [];
  for (const definition of document.definitions) {
    if (
      (definition.kind === Kind.OBJECT_TYPE_DEFINITION ||
        definition.kind === Kind.OBJECT_TYPE_EXTENSION ||
        definition.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION) &&
      definition.fields
    ) {
      for (const field of definition.fields) names.push(`${definition.name.value}.${field.name.value}`);
    }
  }
  // The federation additions (`_service`, `_entities`, `_Service`) are the library's, not ours.
  return names.filter((name) => !name.startsWith('_') && !name.includes('._')).sort();
}

/** Asks a subgraph for `_service { sdl }` and parses it. */
export async function serviceSdl(url: string): Promise<DocumentNode> {
  const response = await postGraphQL<{ _service: { sdl: string } }>(url, '{ _service { sdl } }');
  expect(response.errors).toBeUndefined();
  return parse(response.data!._service.sdl);
}

export function schemaFile(name: SubgraphName): DocumentNode {
  return parse(readFileSync(schemaPath(name), 'utf8'));
}

/** Resolves entity representations through `_entities`, the way the gateway does. */
export async function entities<T>(
  url: string,
  representations: Array<Record<string, unknown>>,
  selection: string,
): Promise<Array<T | null>> {
  const response = await postGraphQL<{ _entities: Array<T | null> }>(
    url,
    `query ($representations: [_Any!]!) { _entities(representations: $representations) { ${selection} } }`,
    { representations },
  );
  expect(response.errors).toBeUndefined();
  return response.data!._entities;
}
