import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createByIdLoader, rowsForKeys } from '../../../lib/db/by-id-loader';
import { groupByKey, hydrate } from '../../../lib/db/hydrate';
import type { Page, PageRequest } from '../../../lib/graphql/connection';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';

/** One page of all customers, oldest first, with the total in the same statement. */
export async function loadCustomerPage(
  dataSource: DataSource,
  request: PageRequest,
): Promise<Page<CustomerEntity>> {
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `SELECT c.*, (SELECT count(*)::int FROM customers) AS "__total"
     FROM customers c
     WHERE $1::timestamptz IS NULL OR (c.created_at, c.id) > ($1::timestamptz, $2::uuid)
     ORDER BY c.created_at, c.id
     LIMIT $3`,
    [request.after?.sort ?? null, request.after?.id ?? null, request.limit + 1],
  );
  const totalCount =
    rows.length > 0
      ? (rows[0]!.__total as number)
      : ((await dataSource.query('SELECT count(*)::int AS n FROM customers'))[0].n as number);
  const customers = rows.map((raw) => hydrate(dataSource, CustomerEntity, raw));
  return {
    rows: customers.slice(0, request.limit),
    totalCount,
    hasNextPage: customers.length > request.limit,
    hasPreviousPage: request.after !== null,
  };
}

export function createCustomersLoaders(dataSource: DataSource) {
  return {
    customerById: createByIdLoader(dataSource, CustomerEntity),
    identifiersByCustomer: new DataLoader<string, CustomerIdentifierEntity[]>(async (ids) =>
      groupByKey(
        ids,
        await rowsForKeys(dataSource, CustomerIdentifierEntity, 'customerId', ids, ['createdAt', 'id']),
        (row) => row.customerId,
      ),
    ),
  };
}

export type CustomersLoaders = ReturnType<typeof createCustomersLoaders>;
