import { type GraphQLCompositeType, Kind, type SelectionSetNode } from 'graphql';
import { ExportError } from './export-error';
import { collectFields, describeField, type ExportOperation, type SelectedField } from './operation';

/** Where a query's rows are and how they become CSV columns; read from the query, not from an answer. */
export interface RowPlan {
  /** Response keys from `data` to the connection or list. */
  path: string[];
  /** `edges`: rows are `edges[].node`; `nodes`: rows are `nodes[]`; `list`: a plain list of objects. */
  kind: 'edges' | 'nodes' | 'list';
  /** Whether the connection selects `pageInfo`, so the export pages through it. */
  paged: boolean;
  /** The variable the connection's `after` argument takes (`after: $after`), when it takes one. */
  afterVariable?: string;
  /** Whether the connection's `totalCount` is selected (the progress bar's total). */
  hasTotalCount: boolean;
  /** A row's dotted columns in selection order; a list is one column holding its JSON. */
  columns: string[];
}

export interface Page {
  rows: Array<Record<string, unknown>>;
  hasNextPage: boolean;
  endCursor: string | null;
  totalCount: number | null;
}

const hasSelections = (field: ReturnType<typeof describeField>) =>
  field.selectionSet !== undefined && field.compositeType !== undefined;

function leafColumns(
  operation: ExportOperation,
  selectionSet: SelectionSetNode,
  type: GraphQLCompositeType,
  prefix = '',
): string[] {
  return [...collectFields(operation, selectionSet, type).values()].flatMap((field) => {
    const described = describeField(field);
    const name = `${prefix}${field.key}`;
    return described.isList || !hasSelections(described)
      ? [name]
      : leafColumns(operation, described.selectionSet!, described.compositeType!, `${name}.`);
  });
}

function connectionPlan(operation: ExportOperation, field: SelectedField, path: string[]): RowPlan | null {
  const described = describeField(field);
  const children = collectFields(operation, described.selectionSet!, described.compositeType!);
  const rowsField = children.get('edges') ?? children.get('nodes');
  if (described.isList || !rowsField) return null;
  const at = path.join('.');
  let row = describeField(rowsField);
  if (rowsField.key === 'edges') {
    const node = collectFields(operation, row.selectionSet!, row.compositeType!).get('node');
    if (!node) return null;
    row = describeField(node);
  }
  if (!row.isList && rowsField.key === 'nodes') return null;
  if (!hasSelections(row)) throw new ExportError(`Select the fields of each row on ${at}`);
  const pageInfo = children.get('pageInfo');
  const pageInfoFields = pageInfo
    ? collectFields(operation, describeField(pageInfo).selectionSet!, describeField(pageInfo).compositeType!)
    : null;
  if (pageInfoFields && (!pageInfoFields.has('hasNextPage') || !pageInfoFields.has('endCursor')))
    throw new ExportError(`Select pageInfo { hasNextPage endCursor } on ${at}: the export pages with them`);
  const after = field.nodes[0]!.arguments?.find((argument) => argument.name.value === 'after');
  return {
    path,
    kind: rowsField.key === 'edges' ? 'edges' : 'nodes',
    paged: pageInfoFields !== null,
    afterVariable: after?.value.kind === Kind.VARIABLE ? after.value.name.value : undefined,
    hasTotalCount: children.has('totalCount'),
    columns: leafColumns(operation, row.selectionSet!, row.compositeType!),
  };
}

/**
 * Finds the rows of a query: the outermost connection (a field selecting `edges { node }` or `nodes`, paged
 * when it selects `pageInfo`) or list of objects, the first in selection order at its depth; single objects
 * are searched through (e.g. `customer(id:) { tickets(…) { … } }`).
 */
export function planRows(operation: ExportOperation): RowPlan {
  let level: Array<{ selectionSet: SelectionSetNode; type: GraphQLCompositeType; path: string[] }> = [
    { selectionSet: operation.definition.selectionSet, type: operation.schema.getQueryType()!, path: [] },
  ];
  while (level.length > 0) {
    const next: typeof level = [];
    for (const { selectionSet, type, path } of level) {
      for (const field of collectFields(operation, selectionSet, type).values()) {
        const described = describeField(field);
        if (!hasSelections(described)) continue;
        const fieldPath = [...path, field.key];
        const connection = connectionPlan(operation, field, fieldPath);
        if (connection) return connection;
        if (described.isList)
          return {
            path: fieldPath,
            kind: 'list',
            paged: false,
            hasTotalCount: false,
            columns: leafColumns(operation, described.selectionSet!, described.compositeType!),
          };
        next.push({ selectionSet: described.selectionSet!, type: described.compositeType!, path: fieldPath });
      }
    }
    level = next;
  }
  throw new ExportError(
    'The query selects no list of objects and no connection (a field with edges { node } or nodes): there are no rows to export',
  );
}

/** The rows (and paging state) of one answer; none when an object on the way is null. */
export function readPage(plan: RowPlan, data: Record<string, unknown>): Page {
  let value: unknown = data;
  for (const key of plan.path) value = (value as Record<string, unknown> | null)?.[key] ?? null;
  const empty: Page = { rows: [], hasNextPage: false, endCursor: null, totalCount: null };
  if (value === null) return empty;
  if (plan.kind === 'list') return { ...empty, rows: value as Array<Record<string, unknown>> };
  const connection = value as {
    edges?: Array<{ node: Record<string, unknown> | null } | null>;
    nodes?: Array<Record<string, unknown> | null>;
    pageInfo?: { hasNextPage: boolean; endCursor: string | null };
    totalCount?: number;
  };
  const rows =
    plan.kind === 'edges'
      ? (connection.edges ?? []).map((edge) => edge?.node ?? null)
      : (connection.nodes ?? []);
  return {
    rows: rows.filter((row): row is Record<string, unknown> => row !== null),
    hasNextPage: connection.pageInfo?.hasNextPage ?? false,
    endCursor: connection.pageInfo?.endCursor ?? null,
    totalCount: connection.totalCount ?? null,
  };
}

/** A row as CSV cells, one per column: scalars as they are, a list as its JSON, null as empty. */
export function flattenRow(row: Record<string, unknown>, columns: readonly string[]): unknown[] {
  return columns.map((column) => {
    let value: unknown = row;
    for (const key of column.split('.')) value = (value as Record<string, unknown> | null)?.[key] ?? null;
    return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
  });
}
