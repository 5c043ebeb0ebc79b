import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { isUuid } from '../ids';
import { oneByKey } from './hydrate';

/**
 * Entities by UUID primary key: one `WHERE id = ANY(…)` per batch, results in key order. Ids are compared
 * in lower case (PostgreSQL prints uuids so); a malformed id is simply not found.
 */
export function createByIdLoader<E extends ObjectLiteral & { id: string }>(
  dataSource: DataSource,
  target: EntityTarget<E>,
): DataLoader<string, E | null> {
  return new DataLoader<string, E | null>(async (ids) => {
    const keys = ids.map((id) => id.toLowerCase());
    const valid = [...new Set(keys.filter(isUuid))];
    const rows = valid.length
      ? await dataSource
          .getRepository(target)
          .createQueryBuilder('e')
          .where('e.id = ANY(:ids)', { ids: valid })
          .getMany()
      : [];
    return oneByKey(keys, rows, (row) => row.id);
  });
}

/**
 * One value per key, in key order (DataLoader's contract), from a batch query over the keys that can own
 * rows: UUIDs, lower-cased as PostgreSQL prints them, each once. A malformed key would break the batch's
 * uuid cast; it gets `fallback`, as does any key without a row.
 */
export async function valuesForKeys<R, V>(
  keys: readonly string[],
  query: (ids: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  toValue: (row: R) => V,
  fallback: V,
): Promise<V[]> {
  const ids = [...new Set(keys.filter(isUuid).map((key) => key.toLowerCase()))];
  const rows = ids.length > 0 ? await query(ids) : [];
  const byKey = new Map(rows.map((row) => [keyOf(row), toValue(row)]));
  return keys.map((key) => byKey.get(key.toLowerCase()) ?? fallback);
}

/**
 * Rows whose `property` is any of `keys`, in one `= ANY($1)` statement (the same text whatever the
 * batch size), ordered by `orderBy` (entity property names), for a loader to group by key.
 */
export function rowsForKeys<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  property: keyof E & string,
  keys: readonly string[],
  orderBy: Array<keyof E & string> = [],
): Promise<E[]> {
  const valid = [...new Set(keys.filter(isUuid).map((key) => key.toLowerCase()))];
  if (valid.length === 0) return Promise.resolve([]);
  const query = dataSource
    .getRepository(target)
    .createQueryBuilder('e')
    .where(`e.${property} = ANY(:keys)`, { keys: valid });
  for (const column of orderBy) query.addOrderBy(`e.${column}`, 'ASC');
  return query.getMany();
}
