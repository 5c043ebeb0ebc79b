import { readFileSync } from 'node:fs';
import {
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  parse,
  print,
} from 'graphql';
import type { SubgraphName } from '../../lib/config';
import { schemaPath } from '../../lib/graphql/load-schema';
import { postGraphQL } from './stack';

/** Names federation adds to every subgraph (`_service`, `_Any`, `link__Purpose`…): the library's, not ours. */
const isFederationName = (name: string) =>
  name.startsWith('_') || name.startsWith('link__') || name.startsWith('federation__');

const DEFAULT_ROOT_TYPES: Record<string, string> = {
  query: 'Query',
  mutation: 'Mutation',
  subscription: 'Subscription',
};

/** `@link(url: "https://specs.apollo.dev/link/v1.0")`: the link spec linking itself. */
const isLinkSpecLink = (directive: ConstDirectiveNode) =>
  directive.name.value === 'link' &&
  (directive.arguments ?? []).some(
    (argument) =>
      argument.name.value === 'url' &&
      argument.value.kind === Kind.STRING &&
      argument.value.value.startsWith('https://specs.apollo.dev/link/'),
  );

const directives = (nodes: readonly ConstDirectiveNode[] | undefined) =>
  (nodes ?? []).map((directive) => ` ${print(directive)}`).join('');

/** `name: Type = default @directive`, as an argument or input field is declared. */
const inputValue = (value: InputValueDefinitionNode) =>
  `${value.name.value}: ${print(value.type)}${value.defaultValue ? ` = ${print(value.defaultValue)}` : ''}${directives(value.directives)}`;

/** `field(arg: Type = default, …): Type @directive`. */
const field = (node: FieldDefinitionNode) => {
  const args = node.arguments?.length ? `(${node.arguments.map(inputValue).join(', ')})` : '';
  return `${node.name.value}${args}: ${print(node.type)}${directives(node.directives)}`;
};

/** The keyword a type is declared with; `extend type X` and `type X` describe the same type in Federation 2. */
function typeKeyword(definition: DefinitionNode): string | null {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_EXTENSION:
      return 'type';
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_EXTENSION:
      return 'interface';
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_EXTENSION:
      return 'input';
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_EXTENSION:
      return 'enum';
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.UNION_TYPE_EXTENSION:
      return 'union';
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.SCALAR_TYPE_EXTENSION:
      return 'scalar';
    default:
      return null;
  }
}

/**
 * One line per thing a client or the composer can depend on, sorted, so two documents compare equal
 * exactly when they declare the same contract:
 * `type Order @key(fields: "id")`, `Order.lines: [OrderLine!]!`,
 * `Customer.orders(first: Int = 20, after: String, status: [OrderStatus!]): OrderConnection`,
 * `enum OrderStatus: PENDING`, `input PlaceOrderInput.status: OrderStatus = PAID`,
 * `union U = A | B`, `scalar Long`, `schema @link(…)`.
 * Descriptions, directive definitions and what federation adds (`_service`, `_entities`, `_Service`,
 * `_Any`, `_Entity`, `link__*`) are left out. The name is older than the signatures: it once listed
 * only `Type.field`.
 */
export function fieldNames(document: DocumentNode): string[] {
  const headers = new Map<string, { keyword: string; interfaces: string[]; directives: string }>();
  const lines: string[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.SCHEMA_DEFINITION || definition.kind === Kind.SCHEMA_EXTENSION) {
      // Federation prints `schema @link(url: ".../link/v1.0") { query: Query … }`: its own link, and root
      // types under their default names, which say nothing a schema without them does not.
      const own = (definition.directives ?? []).filter((directive) => !isLinkSpecLink(directive));
      if (own.length > 0) lines.push(`schema${directives(own)}`);
      for (const operation of definition.operationTypes ?? []) {
        if (operation.type.name.value !== DEFAULT_ROOT_TYPES[operation.operation]) {
          lines.push(`schema.${operation.operation}: ${operation.type.name.value}`);
        }
      }
      continue;
    }
    const keyword = typeKeyword(definition);
    if (keyword === null || !('name' in definition) || !definition.name) continue;
    const type = definition.name.value;
    if (isFederationName(type)) continue;

    const members: string[] = [];
    if ('fields' in definition && definition.fields) {
      const own = (definition.fields as ReadonlyArray<FieldDefinitionNode | InputValueDefinitionNode>).filter(
        (node) => !isFederationName(node.name.value),
      );
      // A Query that holds nothing but `_service` and `_entities` is federation's, not the schema's.
      if (own.length === 0 && definition.fields.length > 0) continue;
      for (const node of own) {
        members.push(
          node.kind === Kind.FIELD_DEFINITION
            ? `${type}.${field(node)}`
            : `input ${type}.${inputValue(node)}`,
        );
      }
    }
    if ('values' in definition && definition.values) {
      for (const value of definition.values) {
        members.push(`enum ${type}: ${value.name.value}${directives(value.directives)}`);
      }
    }
    if ('types' in definition && definition.types) {
      members.push(`union ${type} = ${definition.types.map((member) => member.name.value).join(' | ')}`);
    }
    lines.push(...members);

    const header = headers.get(type) ?? { keyword, interfaces: [], directives: '' };
    if ('interfaces' in definition && definition.interfaces) {
      header.interfaces.push(...definition.interfaces.map((node) => node.name.value));
    }
    header.directives += directives(definition.directives as readonly ConstDirectiveNode[] | undefined);
    headers.set(type, header);
  }
  for (const [type, header] of headers) {
    const implementsList = header.interfaces.length
      ? ` implements ${header.interfaces.sort().join(' & ')}`
      : '';
    lines.push(`${header.keyword} ${type}${implementsList}${header.directives}`);
  }
  return lines.sort();
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
