import type { DataSource } from 'typeorm';
import { type AuditDetailValue, AuditEventEntity } from '../db/audit-event.entity';
import { hydrate } from '../db/hydrate';
import {
  type Connection,
  type PageArgs,
  parsePageArgs,
  timeCursor,
  toConnection,
} from '../graphql/connection';
import { isUuid } from '../ids';

const PAGE_SQL = `
  SELECT * FROM audit_events
  WHERE customer_ids && $1::uuid[]
    AND ($2::timestamptz IS NULL OR (occurred_at, id) < ($2::timestamptz, $3::uuid))
  ORDER BY occurred_at DESC, id DESC
  LIMIT $4`;
const COUNT_SQL = 'SELECT count(*)::int AS total FROM audit_events WHERE customer_ids && $1::uuid[]';

/**
 * A page of the audit events that name any of `customerIds` (a customer's id group), newest first with
 * `(occurredAt, id)` cursors: what the admin-only `auditEvents` and `consentAuditEvents` answer. `field`
 * names the query in a bad page argument's error.
 */
export async function loadAuditLogPage(
  dataSource: DataSource,
  customerIds: readonly string[],
  args: PageArgs,
  field: string,
): Promise<Connection<AuditEventEntity>> {
  const request = parsePageArgs(args, [field]);
  const ids = [...new Set(customerIds.map((id) => id.toLowerCase()))].filter(isUuid);
  const [rows, [{ total }]] = await Promise.all([
    dataSource.query(PAGE_SQL, [
      ids,
      request.after?.sort ?? null,
      request.after?.id ?? null,
      request.limit + 1,
    ]),
    dataSource.query(COUNT_SQL, [ids]) as Promise<Array<{ total: number }>>,
  ]);
  const events = (rows as Array<Record<string, unknown>>).map((raw) =>
    hydrate(dataSource, AuditEventEntity, raw),
  );
  return toConnection(
    {
      rows: events.slice(0, request.limit),
      totalCount: total,
      hasNextPage: events.length > request.limit,
      hasPreviousPage: request.after !== null,
    },
    (event) => timeCursor(event.occurredAt, event.id),
  );
}

/** The `AuditEvent` resolvers of every subgraph that serves its audit log; the other fields are columns. */
export const auditEventResolvers = {
  /** One `{ key, value }` per detail, the value as text. */
  detail: (event: { detail: Readonly<Record<string, AuditDetailValue>> }) =>
    Object.entries(event.detail).map(([key, value]) => ({
      key,
      value: value === null ? null : String(value),
    })),
};
