import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Connection, Cursor, Page, PageArgs, PageRequest } from '../graphql/connection';
import { pageRequestKey, parsePageArgs, toConnection } from '../graphql/connection';
import { isUuid } from '../ids';
import { hydrate } from './hydrate';

export interface CustomerPageKey {
  customerId: string;
  page: PageRequest;
  /** Optional filter values, passed as extra SQL parameters (e.g. a status list). */
  filter?: readonly unknown[];
}

export interface CustomerPageSpec {
  /** Table name, trusted (never from a client). */
  table: string;
  /** Column holding the owning customer's id. */
  ownerColumn: string;
  /** Newest-first sort column (a timestamptz); ties break on `id`. */
  sortColumn: string;
  /**
   * An optional SQL condition on alias `t` using `$5`, `$6`… for the key's filter values, e.g.
   * `($5::text[] IS NULL OR t.status = ANY($5))`.
   */
  filterSql?: string;
}

/**
 * Pages of one list per customer — newest first, keyset-paged, with each customer's total — for a
 * whole batch of customers in one SQL statement: a LATERAL join per customer key, so each list reads
 * only its own slice of the (owner, sort, id) index.
 */
export function createCustomerPageLoader<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  spec: CustomerPageSpec,
): DataLoader<CustomerPageKey, Page<E>, string> {
  const filter = spec.filterSql ? `AND ${spec.filterSql}` : '';
  const sql = `
    SELECT k.customer_id AS "__key", totals.total AS "__total", p.*
    FROM unnest($1::uuid[]) AS k(customer_id)
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total FROM ${spec.table} t WHERE t.${spec.ownerColumn} = k.customer_id ${filter}
    ) totals
    LEFT JOIN LATERAL (
      SELECT t.* FROM ${spec.table} t
      WHERE t.${spec.ownerColumn} = k.customer_id ${filter}
        AND ($2::timestamptz IS NULL OR (t.${spec.sortColumn}, t.id) < ($2::timestamptz, $3::uuid))
      ORDER BY t.${spec.sortColumn} DESC, t.id DESC
      LIMIT $4
    ) p ON true
    ORDER BY array_position($1::uuid[], k.customer_id), p.${spec.sortColumn} DESC, p.id DESC`;

  return new DataLoader<CustomerPageKey, Page<E>, string>(
    async (keys) => {
      // Keys asking for the same page shape share one statement; a 360 page has just one shape.
      const shapes = new Map<string, CustomerPageKey[]>();
      for (const key of keys) {
        const shape = `${pageRequestKey(key.page)}|${JSON.stringify(key.filter ?? [])}`;
        const group = shapes.get(shape);
        if (group) group.push(key);
        else shapes.set(shape, [key]);
      }
      const pages = new Map<CustomerPageKey, Page<E>>();
      for (const group of shapes.values()) {
        const { page, filter: filterValues = [] } = group[0]!;
        // PostgreSQL prints uuids in lower case; a malformed id cannot own rows, and leaving it out keeps
        // the batch's uuid[] cast valid.
        const ids = [...new Set(group.map((key) => key.customerId.toLowerCase()))].filter(isUuid);
        const rows: Array<Record<string, unknown>> = await dataSource.query(sql, [
          ids,
          page.after?.sort ?? null,
          page.after?.id ?? null,
          page.limit + 1,
          ...filterValues,
        ]);
        const byCustomer = new Map<string, { total: number; rows: E[] }>();
        for (const raw of rows) {
          const customerId = raw.__key as string;
          let entry = byCustomer.get(customerId);
          if (!entry) {
            entry = { total: raw.__total as number, rows: [] };
            byCustomer.set(customerId, entry);
          }
          if (raw.id !== null) entry.rows.push(hydrate(dataSource, target, raw));
        }
        for (const key of group) {
          const entry = byCustomer.get(key.customerId.toLowerCase()) ?? { total: 0, rows: [] };
          pages.set(key, {
            rows: entry.rows.slice(0, page.limit),
            totalCount: entry.total,
            hasNextPage: entry.rows.length > page.limit,
            hasPreviousPage: page.after !== null,
          });
        }
      }
      return keys.map((key) => pages.get(key)!);
    },
    {
      cacheKeyFn: (key) =>
        `${key.customerId}|${pageRequestKey(key.page)}|${JSON.stringify(key.filter ?? [])}`,
    },
  );
}

/** Resolves a customer's list field: validates the page arguments, loads the page, wraps it as a connection. */
export async function loadCustomerConnection<E extends ObjectLiteral>(
  loader: DataLoader<CustomerPageKey, Page<E>, string>,
  customerId: string,
  args: PageArgs,
  field: string,
  cursorOf: (row: E) => Cursor,
  filter?: readonly unknown[],
): Promise<Connection<E>> {
  const page = parsePageArgs(args, [field]);
  return toConnection(await loader.load({ customerId, page, filter }), cursorOf);
}
