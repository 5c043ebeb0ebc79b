import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  parse,
  type SelectionSetNode,
  typeFromAST,
  validate,
} from 'graphql';
import { ExportError } from './export-error';

/** The one query an export runs, with what its selections need to be read back. */
export interface ExportOperation {
  document: DocumentNode;
  definition: OperationDefinitionNode;
  fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  schema: GraphQLSchema;
}

/**
 * Parses and validates `source` against the API schema and picks the query to run: `operationName`, or the
 * file's only operation.
 */
export function loadOperation(
  source: string,
  schema: GraphQLSchema,
  operationName?: string,
): ExportOperation {
  let document: DocumentNode;
  try {
    document = parse(source);
  } catch (error) {
    throw new ExportError(`The query does not parse: ${(error as Error).message}`);
  }
  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const names = operations.map((operation) => operation.name?.value ?? '(anonymous)');
  const definition = operationName
    ? operations.find((operation) => operation.name?.value === operationName)
    : operations.length === 1
      ? operations[0]
      : undefined;
  if (!definition)
    throw new ExportError(
      operationName
        ? `The file has no operation ${operationName} (it has ${names.join(', ')})`
        : `The file has ${operations.length} operations (${names.join(', ')}): pass --operation <name>`,
    );
  if (definition.operation !== 'query')
    throw new ExportError(
      `An export runs queries only; ${names[operations.indexOf(definition)]} is a ${definition.operation}`,
    );
  const errors = validate(schema, document);
  if (errors.length > 0)
    throw new ExportError(
      `The query does not match the graph's API schema (gateway/api-schema.graphql):\n${errors.map((error) => `  ${error.message}`).join('\n')}`,
    );
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { document, definition, fragments, schema };
}

/** A selected field by its response key, with the type it was selected on. */
export interface SelectedField {
  key: string;
  nodes: FieldNode[];
  parentType: GraphQLCompositeType;
}

/**
 * The fields a selection set selects, in selection order, through fragments; a response key selected twice
 * is one field whose sub-selections are merged (as GraphQL's own field collection does).
 */
export function collectFields(
  operation: ExportOperation,
  selectionSet: SelectionSetNode,
  parentType: GraphQLCompositeType,
  into = new Map<string, SelectedField>(),
): Map<string, SelectedField> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias?.value ?? selection.name.value;
      const field = into.get(key);
      if (field) field.nodes.push(selection);
      else into.set(key, { key, nodes: [selection], parentType });
    } else {
      const fragment =
        selection.kind === Kind.FRAGMENT_SPREAD ? operation.fragments.get(selection.name.value) : selection;
      if (!fragment) continue;
      const condition = fragment.typeCondition
        ? typeFromAST(operation.schema, fragment.typeCondition)
        : parentType;
      collectFields(
        operation,
        fragment.selectionSet,
        isCompositeType(condition) ? condition : parentType,
        into,
      );
    }
  }
  return into;
}

/** What a selected field answers: its schema type, whether it is a list, and its merged sub-selection. */
export function describeField(field: SelectedField) {
  const name = field.nodes[0]!.name.value;
  const definition = 'getFields' in field.parentType ? field.parentType.getFields()[name] : undefined;
  const type = definition?.type;
  const namedType = type ? getNamedType(type) : undefined;
  const selections = field.nodes.flatMap((node) => node.selectionSet?.selections ?? []);
  return {
    isList: type ? isListType(getNullableType(type)) : false,
    compositeType: namedType && isCompositeType(namedType) ? namedType : undefined,
    selectionSet:
      selections.length > 0 ? ({ kind: Kind.SELECTION_SET, selections } as SelectionSetNode) : undefined,
  };
}
