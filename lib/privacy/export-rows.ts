import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { hydrate } from '../db/hydrate';
import { customerIds } from '../graphql/customer-ref';

/**
 * A department's view of a data export (`CustomerDataExport`): its key, and every id of the person's
 * merged group, which the customers subgraph gives through `@requires`. Absent when the export was not
 * reached through the gateway: then only `customerId` is read.
 */
export interface CustomerDataExportRef {
  customerId: string;
  customerIds?: readonly string[] | null;
}

/** The ids whose rows an export holds: the canonical id first, then the merged ids, each a UUID and once. */
export function exportIds(ref: CustomerDataExportRef): string[] {
  return customerIds({ id: ref.customerId, mergedIds: ref.customerIds });
}

/**
 * One table of an export: the name it has in the export, the entity its rows are, and the statement that
 * reads the rows of a group of customer ids (`$1`, a uuid[]), in a stable order.
 */
export interface ExportTable {
  name: string;
  entity: EntityTarget<ObjectLiteral>;
  sql: string;
}

/** A stored row as JSON: every column under its entity property name, a time as its ISO 8601 UTC string. */
export type ExportedRow = Record<string, unknown>;

function toExportedRow(dataSource: DataSource, entity: EntityTarget<ObjectLiteral>, raw: ObjectLiteral) {
  // Hydrating applies the entity's column types and transformers (bigint money as numbers), as reads do.
  const hydrated = hydrate(dataSource, entity, raw);
  const row: ExportedRow = {};
  for (const column of dataSource.getMetadata(entity).columns) {
    const value: unknown = hydrated[column.propertyName];
    row[column.propertyName] = value instanceof Date ? value.toISOString() : value;
  }
  return row;
}

/**
 * Every row the tables hold for the ids, by table name. One statement per table, all in one read-only
 * REPEATABLE READ transaction, so the export is one consistent snapshot (no line without its order).
 */
export function exportRows(
  dataSource: DataSource,
  tables: readonly ExportTable[],
  ids: readonly string[],
): Promise<Record<string, ExportedRow[]>> {
  return dataSource.transaction('REPEATABLE READ', async (manager) => {
    await manager.query('SET TRANSACTION READ ONLY');
    const exported: Record<string, ExportedRow[]> = {};
    for (const table of tables) {
      const rows: ObjectLiteral[] = await manager.query(table.sql, [ids]);
      exported[table.name] = rows.map((raw) => toExportedRow(dataSource, table.entity, raw));
    }
    return exported;
  });
}

/**
 * A department's `CustomerDataExport` resolvers, the same for every department: the reference carries the
 * key and the group's ids (`@requires`), all the department needs, and its part (`part`: `sales`…) is
 * every row its tables hold for those ids.
 */
export function departmentExportResolvers<Part extends string>(part: Part, tables: readonly ExportTable[]) {
  const rowsOf = (exported: CustomerDataExportRef, _args: unknown, context: { dataSource: DataSource }) =>
    exportRows(context.dataSource, tables, exportIds(exported));
  return {
    __resolveReference: (reference: CustomerDataExportRef): CustomerDataExportRef => ({
      customerId: reference.customerId,
      customerIds: reference.customerIds,
    }),
    [part]: rowsOf,
  } as { __resolveReference(reference: CustomerDataExportRef): CustomerDataExportRef } & Record<
    Part,
    typeof rowsOf
  >;
}
