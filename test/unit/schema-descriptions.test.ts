import {
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  parse,
  type StringValueNode,
} from 'graphql';
import { composeApiSchema } from '../../gateway/src/compose';
import { SUBGRAPH_NAMES } from '../../lib/config';
import { loadSchema } from '../../lib/graphql/load-schema';

const described = (description: StringValueNode | undefined) => Boolean(description?.value.trim());

function undescribedArguments(
  owner: string,
  args: readonly InputValueDefinitionNode[] | undefined,
): string[] {
  return (args ?? [])
    .filter((arg) => !described(arg.description))
    .map((arg) => `${owner}(${arg.name.value})`);
}

function undescribedFields(
  type: string,
  fields: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] | undefined,
): string[] {
  return (fields ?? []).flatMap((field) => [
    ...(described(field.description) ? [] : [`${type}.${field.name.value}`]),
    ...('arguments' in field ? undescribedArguments(`${type}.${field.name.value}`, field.arguments) : []),
  ]);
}

/**
 * Paths (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`, `@directive(arg)`) of the elements of one
 * definition that carry no description. An extension (`extend type Query`) cannot describe the type
 * itself, and `extend schema @link(…)` has nothing to describe, so only their members are checked.
 */
function undescribed(definition: DefinitionNode): string[] {
  if (definition.kind === Kind.DIRECTIVE_DEFINITION) {
    const name = `@${definition.name.value}`;
    return [
      ...(described(definition.description) ? [] : [name]),
      ...undescribedArguments(name, definition.arguments),
    ];
  }
  if (!('name' in definition) || !definition.name) return [];
  const type = definition.name.value;
  const own =
    'description' in definition &&
    !described(definition.description) &&
    !definition.kind.endsWith('Extension')
      ? [type]
      : [];
  const members =
    'values' in definition
      ? (definition.values ?? [])
          .filter((value) => !described(value.description))
          .map((value) => `${type}.${value.name.value}`)
      : 'fields' in definition
        ? undescribedFields(type, definition.fields)
        : [];
  return [...own, ...members];
}

const undescribedElements = (document: DocumentNode): string[] => document.definitions.flatMap(undescribed);

describe('schema descriptions', () => {
  it.each(SUBGRAPH_NAMES)(
    'should describe every type, field, argument and enum value when reading the %s SDL',
    (name) => {
      expect(undescribedElements(loadSchema(name))).toEqual([]);
    },
  );

  it.each(['Query', 'Mutation'])(
    'should describe %s the same way in every subgraph, since the composed schema keeps only one',
    (type) => {
      const descriptions = SUBGRAPH_NAMES.map((name) => {
        const definition = loadSchema(name).definitions.find(
          (node) => node.kind === Kind.OBJECT_TYPE_DEFINITION && node.name.value === type,
        );
        return definition?.kind === Kind.OBJECT_TYPE_DEFINITION ? definition.description?.value : undefined;
      });
      expect(descriptions).toEqual(SUBGRAPH_NAMES.map(() => descriptions[0]));
    },
  );

  it('should describe every type, field, argument and enum value when composing the API schema', () => {
    expect(undescribedElements(parse(composeApiSchema()))).toEqual([]);
  });

  it('should name each undescribed element by its path when a description is missing', () => {
    const document = parse(`#graphql
      "Described." type Query { "Described." a("Described." x: Int, y: Int): Int b: Int }
      extend type Query { c: Int }
      enum E { "Described." A B }
      input I { "Described." x: Int y: Int }
      scalar S
      union U = Query
      directive @d(x: Int) on FIELD
    `);
    expect(undescribedElements(document)).toEqual([
      'Query.a(y)',
      'Query.b',
      'Query.c',
      'E',
      'E.B',
      'I',
      'I.y',
      'S',
      'U',
      '@d',
      '@d(x)',
    ]);
  });
});
