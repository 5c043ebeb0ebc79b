import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Turns a raw row (database column names) into an entity instance, applying the driver's type
 * conversion and column transformers, as TypeORM's own find() would. Used for hand-written batch SQL.
 */
export function hydrate<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  raw: Record<string, unknown>,
): E {
  const metadata = dataSource.getMetadata(target);
  const entity = metadata.create() as E;
  for (const column of metadata.columns) {
    column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(raw[column.databaseName], column));
  }
  return entity;
}

/** Rows grouped under each key, in key order, `[]` where a key has none (DataLoader's contract). */
export function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** The one row for each key, in key order, `null` where a key has none. */
export function oneByKey<K, R>(
  keys: readonly K[],
  rows: readonly R[],
  keyOf: (row: R) => K,
): Array<R | null> {
  const byKey = new Map<K, R>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}
