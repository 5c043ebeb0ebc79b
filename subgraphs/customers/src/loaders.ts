import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { valuesForKeys } from '../../../lib/db/by-id-loader';
import { hydrate } from '../../../lib/db/hydrate';
import type { Page, PageRequest } from '../../../lib/graphql/connection';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';

/** Customers in their own right: merged ones answer through their survivor. */
const OWN = 'merged_into IS NULL';

/** Conditions on a customer's row in one KPI snapshot; null leaves a condition out. */
export interface SnapshotFilter {
  snapshotId: string;
  stages: readonly string[] | null;
  churnRiskAtLeast: number | null;
  actionable: boolean | null;
  countries: readonly string[] | null;
  preferredChannels: readonly string[] | null;
}

/** The customers a page is drawn from: all of them, or those whose snapshot row matches ($p … $p+5). */
function matchingSql(p: number): string {
  return `
    SELECT c.* FROM customers c
    WHERE c.${OWN} AND ($${p}::uuid IS NULL OR EXISTS (
      SELECT 1 FROM customer_kpi_snapshots s
      WHERE s.snapshot_id = $${p} AND s.customer_id = c.id
        AND ($${p + 1}::text[] IS NULL OR s.stage = ANY($${p + 1}))
        AND ($${p + 2}::numeric IS NULL OR s.churn_risk >= $${p + 2})
        AND ($${p + 3}::boolean IS NULL OR s.actionable = $${p + 3})
        AND ($${p + 4}::text[] IS NULL OR s.country::text = ANY($${p + 4}))
        AND ($${p + 5}::text[] IS NULL OR s.preferred_channel = ANY($${p + 5}))))`;
}

/** One page of customers (all, or those a snapshot filter matches), oldest first, with the total. */
export async function loadCustomerPage(
  dataSource: DataSource,
  request: PageRequest,
  filter: SnapshotFilter | null = null,
): Promise<Page<CustomerEntity>> {
  const filterParams = [
    filter?.snapshotId ?? null,
    filter?.stages ?? null,
    filter?.churnRiskAtLeast ?? null,
    filter?.actionable ?? null,
    filter?.countries ?? null,
    filter?.preferredChannels ?? null,
  ];
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `WITH matching AS (${matchingSql(4)})
     SELECT m.*, (SELECT count(*)::int FROM matching) AS "__total"
     FROM matching m
     WHERE $1::timestamptz IS NULL OR (m.created_at, m.id) > ($1::timestamptz, $2::uuid)
     ORDER BY m.created_at, m.id
     LIMIT $3`,
    [request.after?.sort ?? null, request.after?.id ?? null, request.limit + 1, ...filterParams],
  );
  const totalCount =
    rows.length > 0
      ? (rows[0]!.__total as number)
      : ((
          await dataSource.query(
            `WITH matching AS (${matchingSql(1)}) SELECT count(*)::int AS n FROM matching`,
            filterParams,
          )
        )[0].n as number);
  const customers = rows.map((raw) => hydrate(dataSource, CustomerEntity, raw));
  return {
    rows: customers.slice(0, request.limit),
    totalCount,
    hasNextPage: customers.length > request.limit,
    hasPreviousPage: request.after !== null,
  };
}

/** Each id's canonical customer (itself, or the survivor it was merged into), in one statement. */
const CANONICAL_SQL = `
  SELECT x.id AS "__key", c.*
  FROM customers x JOIN customers c ON c.id = coalesce(x.canonical_id, x.id)
  WHERE x.id = ANY($1::uuid[])`;

export function createCustomersLoaders(dataSource: DataSource) {
  return {
    /** By any id the customer ever had: an alias resolves to its survivor. */
    customerById: new DataLoader<string, CustomerEntity | null>((ids) =>
      valuesForKeys(
        ids,
        (valid): Promise<Array<Record<string, unknown>>> => dataSource.query(CANONICAL_SQL, [valid]),
        (raw) => raw.__key as string,
        (raw): CustomerEntity | null => hydrate(dataSource, CustomerEntity, raw),
        null,
      ),
    ),
    /** A customer's identifiers together with those of every customer merged into it. */
    identifiersOf: new DataLoader<CustomerEntity, CustomerIdentifierEntity[], string>(
      async (customers) => {
        const ownerOf = new Map<string, string>();
        for (const customer of customers)
          for (const id of [customer.id, ...customer.aliasIds]) ownerOf.set(id, customer.id);
        const rows = await dataSource
          .getRepository(CustomerIdentifierEntity)
          .createQueryBuilder('i')
          .where('i.customerId = ANY(:ids)', { ids: [...ownerOf.keys()] })
          .orderBy('i.createdAt')
          .addOrderBy('i.id')
          .getMany();
        const byOwner = new Map<string, CustomerIdentifierEntity[]>();
        for (const row of rows) {
          const owner = ownerOf.get(row.customerId)!;
          byOwner.set(owner, [...(byOwner.get(owner) ?? []), row]);
        }
        return customers.map((customer) => byOwner.get(customer.id) ?? []);
      },
      { cacheKeyFn: (customer) => customer.id },
    ),
  };
}

export type CustomersLoaders = ReturnType<typeof createCustomersLoaders>;
