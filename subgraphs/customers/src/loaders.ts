import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { valuesForKeys } from '../../../lib/db/by-id-loader';
import { groupByKey, hydrate } from '../../../lib/db/hydrate';
import type { Page, PageRequest } from '../../../lib/graphql/connection';
import { CustomerEntity } from './entities/customer.entity';
import type { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import { identifiersOfIds } from './identity';

/** Conditions on a customer's row in one KPI snapshot; null leaves a condition out. */
export interface SnapshotFilter {
  snapshotId: string;
  stages: readonly string[] | null;
  churnRiskAtLeast: number | null;
  actionable: boolean | null;
  countries: readonly string[] | null;
  preferredChannels: readonly string[] | null;
}

/** The customers a page is drawn from: all of them, or those whose snapshot row matches ($4 … $9). */
const MATCHING_SQL = `
  SELECT c.* FROM customers c
  WHERE c.merged_into IS NULL AND c.erased_at IS NULL AND ($4::uuid IS NULL OR EXISTS (
    SELECT 1 FROM customer_kpi_snapshots s
    WHERE s.snapshot_id = $4 AND s.customer_id = c.id
      AND ($5::text[] IS NULL OR s.stage = ANY($5))
      AND ($6::numeric IS NULL OR s.churn_risk >= $6)
      AND ($7::boolean IS NULL OR s.actionable = $7)
      AND ($8::text[] IS NULL OR s.country::text = ANY($8))
      AND ($9::text[] IS NULL OR s.preferred_channel = ANY($9))))`;

/**
 * One page of customers (all, or those a snapshot filter matches), oldest first, with the total, in one
 * statement: the page is LEFT JOINed to the count, so an empty page still comes back as one row.
 */
export async function loadCustomerPage(
  dataSource: DataSource,
  request: PageRequest,
  filter: SnapshotFilter | null = null,
): Promise<Page<CustomerEntity>> {
  const rows: Array<Record<string, unknown>> = await dataSource.query(
    `WITH matching AS (${MATCHING_SQL})
     SELECT p.*, t.total AS "__total"
     FROM (SELECT count(*)::int AS total FROM matching) t
     LEFT JOIN LATERAL (
       SELECT m.* FROM matching m
       WHERE $1::timestamptz IS NULL OR (m.created_at, m.id) > ($1::timestamptz, $2::uuid)
       ORDER BY m.created_at, m.id
       LIMIT $3
     ) p ON true
     ORDER BY p.created_at, p.id`,
    [
      request.after?.sort ?? null,
      request.after?.id ?? null,
      request.limit + 1,
      filter?.snapshotId ?? null,
      filter?.stages ?? null,
      filter?.churnRiskAtLeast ?? null,
      filter?.actionable ?? null,
      filter?.countries ?? null,
      filter?.preferredChannels ?? null,
    ],
  );
  const customers = rows
    .filter((raw) => raw.id !== null)
    .map((raw) => hydrate(dataSource, CustomerEntity, raw));
  return {
    rows: customers.slice(0, request.limit),
    totalCount: rows[0]!.__total as number,
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
        const rows = await identifiersOfIds(dataSource.manager, [...ownerOf.keys()]);
        return groupByKey(
          customers.map((customer) => customer.id),
          rows,
          (row) => ownerOf.get(row.customerId)!,
        );
      },
      { cacheKeyFn: (customer) => customer.id },
    ),
  };
}

export type CustomersLoaders = ReturnType<typeof createCustomersLoaders>;
