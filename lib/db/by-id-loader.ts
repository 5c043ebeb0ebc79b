import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import { type CustomerRef, customerKey } from '../graphql/customer-ref';
import { isUuid } from '../ids';
import { groupByKey, oneByKey } from './hydrate';

/**
 * The FROM item of a per-customer batch statement: one row `k(key, ord, ids)` per customer key in the
 * text[] parameter (`customerKey`: `id,merged1,…`), with its position and its ids as a uuid[]. A LATERAL
 * per key then reads the customer's rows with `customer_id = ANY(k.ids)`.
 */
export const customerKeysFrom = (parameter = '$1') =>
  `(SELECT u.key, u.ord, string_to_array(u.key, ',')::uuid[] AS ids
    FROM unnest(${parameter}::text[]) WITH ORDINALITY AS u(key, ord)) k`;

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

/**
 * A per-request loader of one value per customer, keyed by the customer's id group (`customerKey`), so
 * the same customer asked for twice in a request is read once.
 */
export function createCustomerLoader<V>(
  batch: (customers: readonly CustomerRef[]) => Promise<V[]>,
): DataLoader<CustomerRef, V, string> {
  return new DataLoader<CustomerRef, V, string>(batch, { cacheKeyFn: customerKey });
}

/**
 * A `createCustomerLoader` of one value per customer from one statement per batch: `sql` takes the
 * customers' keys as the text[] `$1` (for `customerKeysFrom`) and names each row's customer key in
 * `keyColumn`; a customer without a row (or a valid id) gets `fallback`.
 */
export function createCustomerQueryLoader<R, V>(
  dataSource: DataSource,
  sql: string,
  toValue: (row: R) => V,
  fallback: V,
  keyColumn = 'key',
): DataLoader<CustomerRef, V, string> {
  return createCustomerLoader((customers) =>
    valuesForCustomers(
      customers,
      (keys): Promise<R[]> => dataSource.query(sql, [keys]),
      (row) => (row as Record<string, unknown>)[keyColumn] as string,
      toValue,
      fallback,
    ),
  );
}

/**
 * One value per customer, in key order, from a batch query over the customers' keys (`customerKey`, each
 * once): the query gets them as one text[] parameter, for `customerKeysFrom`, and `keyOf` gives a row's
 * `k.key`. A customer without a valid id, or without a row, gets `fallback`.
 */
export async function valuesForCustomers<R, V>(
  customers: readonly CustomerRef[],
  query: (keys: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
  toValue: (row: R) => V,
  fallback: V,
): Promise<V[]> {
  const keys = customers.map(customerKey);
  const unique = [...new Set(keys.filter((key) => key !== ''))];
  const rows = unique.length > 0 ? await query(unique) : [];
  const byKey = new Map(rows.map((row) => [keyOf(row), toValue(row)]));
  return keys.map((key) => byKey.get(key) ?? fallback);
}

/**
 * Every row of each customer, in key order, `[]` for a customer without rows or a valid id: like
 * `valuesForCustomers`, for lists (rows keep the order the query gives them).
 */
export async function rowsForCustomers<R>(
  customers: readonly CustomerRef[],
  query: (keys: string[]) => Promise<R[]>,
  keyOf: (row: R) => string,
): Promise<R[][]> {
  const keys = customers.map(customerKey);
  const unique = [...new Set(keys.filter((key) => key !== ''))];
  const rows = unique.length > 0 ? await query(unique) : [];
  return groupByKey(keys, rows, keyOf);
}
