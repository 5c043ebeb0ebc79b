import DataLoader from 'dataloader';
import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';
import type { Connection, Cursor, Page, PageArgs, PageRequest } from '../graphql/connection';
import { pageRequestKey, parsePageArgs, toConnection } from '../graphql/connection';
import { type CustomerRef, customerKey } from '../graphql/customer-ref';
import { customerKeysFrom } from './by-id-loader';
import { hydrate } from './hydrate';

export interface CustomerPageKey {
  /**
   * Whose rows make the list: `customerKey` of a customer (its id and the ids merged into it,
   * `id,merged1,…`), or one owner id (a campaign, a ticket). Empty when no id is a UUID: an empty page.
   */
  owner: string;
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
 * whole batch of customers in one SQL statement: a LATERAL join per customer key. A key is an id group
 * (a customer and the customers merged into it): the total counts `owner = ANY(ids)`, and the page
 * takes the newest rows of each id from its own slice of the (owner, sort, id) index, then the newest
 * of those, so paging, cursors and totals run across the whole group.
 */
export function createCustomerPageLoader<E extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<E>,
  spec: CustomerPageSpec,
): DataLoader<CustomerPageKey, Page<E>, string> {
  const filter = spec.filterSql ? `AND ${spec.filterSql}` : '';
  const sql = `
    SELECT k.key AS "__key", totals.total AS "__total", p.*
    FROM ${customerKeysFrom('$1')}
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total FROM ${spec.table} t WHERE t.${spec.ownerColumn} = ANY(k.ids) ${filter}
    ) totals
    LEFT JOIN LATERAL (
      SELECT x.* FROM unnest(k.ids) AS m(owner_id)
      CROSS JOIN LATERAL (
        SELECT t.* FROM ${spec.table} t
        WHERE t.${spec.ownerColumn} = m.owner_id ${filter}
          AND ($2::timestamptz IS NULL OR (t.${spec.sortColumn}, t.id) < ($2::timestamptz, $3::uuid))
        ORDER BY t.${spec.sortColumn} DESC, t.id DESC
        LIMIT $4
      ) x
      ORDER BY x.${spec.sortColumn} DESC, x.id DESC
      LIMIT $4
    ) p ON true
    ORDER BY k.ord, p.${spec.sortColumn} DESC, p.id DESC`;

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
        // An owner without a valid id cannot own rows; leaving it out keeps the batch's uuid[] cast valid.
        const owners = [...new Set(group.map((key) => key.owner))].filter((owner) => owner !== '');
        const rows: Array<Record<string, unknown>> =
          owners.length === 0
            ? []
            : await dataSource.query(sql, [
                owners,
                page.after?.sort ?? null,
                page.after?.id ?? null,
                page.limit + 1,
                ...filterValues,
              ]);
        const byOwner = new Map<string, { total: number; rows: E[] }>();
        for (const raw of rows) {
          const owner = raw.__key as string;
          let entry = byOwner.get(owner);
          if (!entry) {
            entry = { total: raw.__total as number, rows: [] };
            byOwner.set(owner, entry);
          }
          if (raw.id !== null) entry.rows.push(hydrate(dataSource, target, raw));
        }
        for (const key of group) {
          const entry = byOwner.get(key.owner) ?? { total: 0, rows: [] };
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
      cacheKeyFn: (key) => `${key.owner}|${pageRequestKey(key.page)}|${JSON.stringify(key.filter ?? [])}`,
    },
  );
}

/**
 * Resolves a customer's list field: validates the page arguments, loads the page, wraps it as a
 * connection. `owner` is the customer (its rows and those of the customers merged into it), or the id
 * of another owner such as a campaign or a ticket.
 */
export async function loadCustomerConnection<E extends ObjectLiteral>(
  loader: DataLoader<CustomerPageKey, Page<E>, string>,
  owner: CustomerRef | string,
  args: PageArgs,
  field: string,
  cursorOf: (row: E) => Cursor,
  filter?: readonly unknown[],
): Promise<Connection<E>> {
  const page = parsePageArgs(args, [field]);
  const key = customerKey(typeof owner === 'string' ? { id: owner } : owner);
  return toConnection(await loader.load({ owner: key, page, filter }), cursorOf);
}
