import { AppliedRequestEntity } from '../db/applied-request.entity';
import { AuditEventEntity } from '../db/audit-event.entity';
import type { ExportTable } from './export-rows';

/**
 * The `applied_requests` table every department keeps (lib/db/applied-requests-table.ts), as exported: the
 * writes stored under the customer, and those about one of their records that named no customer (a touch
 * event, a ticket's status), found by the `customer_id` of the record snapshot they answered. `alsoWhere`
 * adds a department's own condition on the row (`$1`, the ids), e.g. a snapshot's `ticket_id`.
 */
export function appliedRequestsExport(alsoWhere?: string): ExportTable {
  return {
    name: 'appliedRequests',
    entity: AppliedRequestEntity,
    sql: `SELECT * FROM applied_requests WHERE ${appliedRequestsOf(alsoWhere)}
          ORDER BY applied_at, operation, client_key`,
  };
}

/**
 * Which `applied_requests` rows are about the customers `$1` (uuid[]): the export reads them, an erasure
 * deletes them (lib/privacy/erasure-worker.ts).
 */
export function appliedRequestsOf(alsoWhere?: string): string {
  return `customer_id = ANY($1::uuid[]) OR result->>'customer_id' = ANY($1::uuid[]::text[])${alsoWhere ? ` OR ${alsoWhere}` : ''}`;
}

/** The `audit_events` table (lib/db/audit-events-table.ts) of the subgraphs that keep one: events naming any of the ids. */
export const AUDIT_EVENTS_EXPORT: ExportTable = {
  name: 'auditEvents',
  entity: AuditEventEntity,
  sql: 'SELECT * FROM audit_events WHERE customer_ids && $1::uuid[] ORDER BY occurred_at, id',
};
