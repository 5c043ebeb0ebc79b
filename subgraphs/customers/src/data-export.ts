import { type ExportTable, exportIds } from '../../../lib/privacy/export-rows';
import { AUDIT_EVENTS_EXPORT } from '../../../lib/privacy/shared-export-tables';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import { CustomerKpiSnapshotEntity } from './entities/customer-kpi-snapshot.entity';
import { CustomerMergeEventEntity } from './entities/customer-merge-event.entity';
import { ErasureEntity } from './entities/erasure.entity';
import { ErasureReceiptEntity } from './entities/erasure-receipt.entity';
import { SuppressedIdentifierEntity } from './entities/suppressed-identifier.entity';
import type { CustomersLoaders } from './loaders';

/** A data export as the customers subgraph starts it: the person's group, and when it was taken. */
export interface CustomerDataExportModel {
  customerId: string;
  customerIds: string[];
  exportedAt: Date;
}

/** The export of the group an id belongs to (a merged id's survivor); null when nobody has the id. */
export async function startCustomerDataExport(
  loaders: CustomersLoaders,
  id: string,
): Promise<CustomerDataExportModel | null> {
  const customer = await loaders.customerById.load(id);
  if (!customer) return null;
  return {
    customerId: customer.id,
    customerIds: exportIds({ customerId: customer.id, customerIds: customer.aliasIds }),
    exportedAt: new Date(),
  };
}

/** Every table in which the customers service holds rows about a person, as `CustomerDataExport.customers` exports them. */
export const CUSTOMERS_EXPORT_TABLES: readonly ExportTable[] = [
  {
    name: 'customers',
    entity: CustomerEntity,
    sql: 'SELECT * FROM customers WHERE id = ANY($1::uuid[]) ORDER BY created_at, id',
  },
  {
    name: 'customerIdentifiers',
    entity: CustomerIdentifierEntity,
    sql: 'SELECT * FROM customer_identifiers WHERE customer_id = ANY($1::uuid[]) ORDER BY created_at, id',
  },
  {
    name: 'customerMergeEvents',
    entity: CustomerMergeEventEntity,
    sql: `SELECT * FROM customer_merge_events
          WHERE survivor_id = ANY($1::uuid[]) OR merged_id = ANY($1::uuid[]) ORDER BY occurred_at, id`,
  },
  {
    name: 'customerKpiSnapshots',
    entity: CustomerKpiSnapshotEntity,
    sql: `SELECT s.* FROM customer_kpi_snapshots s JOIN kpi_snapshots k ON k.id = s.snapshot_id
          WHERE s.customer_id = ANY($1::uuid[]) ORDER BY k.as_of, s.snapshot_id, s.customer_id`,
  },
  {
    name: 'erasures',
    entity: ErasureEntity,
    sql: 'SELECT * FROM erasures WHERE customer_ids && $1::uuid[] ORDER BY requested_at, id',
  },
  {
    name: 'erasureReceipts',
    entity: ErasureReceiptEntity,
    sql: `SELECT r.* FROM erasure_receipts r JOIN erasures e ON e.id = r.erasure_id
          WHERE e.customer_ids && $1::uuid[] ORDER BY e.requested_at, e.id, r.service`,
  },
  {
    name: 'suppressedIdentifiers',
    entity: SuppressedIdentifierEntity,
    sql: 'SELECT * FROM suppressed_identifiers WHERE customer_id = ANY($1::uuid[]) ORDER BY created_at, hash',
  },
  AUDIT_EVENTS_EXPORT,
];
