import {
  type EnumTypeDefinitionNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  Kind,
  print,
  type TypeDefinitionNode,
} from 'graphql';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config';
import { schemaFile } from '../helpers/contract';

/** Types every subgraph defines for itself: each owns its own fields on them. */
const OWN_IN_EACH = new Set(['Query', 'Mutation', 'Customer']);

interface Declaration {
  subgraph: SubgraphName;
  node: TypeDefinitionNode;
}

function declarationsByName(): Map<string, Declaration[]> {
  const byName = new Map<string, Declaration[]>();
  for (const subgraph of SUBGRAPH_NAMES)
    for (const node of schemaFile(subgraph).definitions) {
      if (!('name' in node) || !node.name || !('fields' in node || 'values' in node)) continue;
      const typeNode = node as TypeDefinitionNode;
      const list = byName.get(typeNode.name.value) ?? [];
      list.push({ subgraph, node: typeNode });
      byName.set(typeNode.name.value, list);
    }
  return byName;
}

const shared = [...declarationsByName()].filter(
  ([name, declarations]) => declarations.length > 1 && !OWN_IN_EACH.has(name),
);

/** A field or value as a client sees it: name, arguments, type and description, without federation directives. */
function signature(member: FieldDefinitionNode | InputValueDefinitionNode): string {
  const args =
    'arguments' in member && member.arguments?.length ? `(${member.arguments.map(print).join(', ')})` : '';
  return `${member.description?.value ?? ''}|${member.name.value}${args}: ${print(member.type)}`;
}

describe('types declared in more than one subgraph', () => {
  it('should exist (the departments share the timeline and identifier types with customers)', () => {
    expect(shared.map(([name]) => name)).toEqual(
      expect.arrayContaining(['ActivityEvent', 'Department', 'Money']),
    );
  });

  it.each(shared.map(([name, declarations]) => [name, declarations] as const))(
    'should declare %s the same way everywhere',
    (_name, declarations) => {
      const [first, ...others] = declarations;
      if (first!.node.kind === Kind.ENUM_TYPE_DEFINITION) {
        const values = (node: EnumTypeDefinitionNode) =>
          (node.values ?? []).map((value) => `${value.description?.value ?? ''}|${value.name.value}`);
        for (const other of others)
          expect({ subgraph: other.subgraph, values: values(other.node as EnumTypeDefinitionNode) }).toEqual({
            subgraph: other.subgraph,
            values: values(first!.node as EnumTypeDefinitionNode),
          });
        return;
      }
      // Object and input types: every field two subgraphs both declare must match; an input type must have
      // the same fields everywhere (composition keeps only the common ones).
      const members = (declaration: Declaration) =>
        new Map(
          ('fields' in declaration.node ? (declaration.node.fields ?? []) : []).map((field) => [
            field.name.value,
            signature(field),
          ]),
        );
      for (const a of declarations)
        for (const b of declarations) {
          if (a === b) continue;
          const left = members(a);
          const right = members(b);
          if (a.node.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION)
            expect({ between: [a.subgraph, b.subgraph], fields: [...left.keys()].sort() }).toEqual({
              between: [a.subgraph, b.subgraph],
              fields: [...right.keys()].sort(),
            });
          for (const [field, value] of left)
            if (right.has(field))
              expect({ between: [a.subgraph, b.subgraph], field, value }).toEqual({
                between: [a.subgraph, b.subgraph],
                field,
                value: right.get(field),
              });
        }
    },
  );
});
