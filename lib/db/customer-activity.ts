import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { isUuid } from '../ids';
import type { DepartmentName } from '../kpi/config';
import { createCustomerQueryLoader, customerKeysFrom } from './by-id-loader';

/** How many recent events each department gives the cross-department timeline, per customer. */
export const ACTIVITY_LIMIT = 50;

/** A department as the graph's `Department` enum names it (defined once, with the KPI module's). */
export type Department = DepartmentName;

export type ActivityKind =
  | 'SIGNAL'
  | 'TOUCH'
  | 'CONSENT_CHANGE'
  | 'ORDER'
  | 'SUBSCRIPTION'
  | 'OPPORTUNITY'
  | 'TICKET'
  | 'INTERACTION'
  | 'CSAT';

/** One timeline event, as every department's `ActivityEvent` type declares it. */
export interface ActivityEvent {
  id: string;
  department: Department;
  kind: ActivityKind;
  channel: string | null;
  summary: string;
  occurredAt: Date;
  sourceId: string;
}

/** An event as a source selects it: `details` holds what its summary line is built from. */
export interface ActivityRow {
  event_id: string;
  kind: ActivityKind;
  channel: string | null;
  at: string;
  source_id: string;
  details: Record<string, unknown>;
}

/** One table (or join) that events come from. */
export interface ActivitySource {
  /** The kind of its events. */
  kind: ActivityKind;
  /**
   * A SELECT of `event_id` (text: `KIND:<source id>`, plus a suffix when a record has several events),
   * `kind`, `channel`, `at` (timestamptz), `source_id` (text) and `details` (json), in that order, from
   * the rows that meet `where`.
   */
  select: (where: string) => string;
  /** The condition for the rows of customer `k`, whose id group is the uuid[] `k.ids`. */
  ofCustomer: string;
  /** The condition for the rows whose source id is in the uuid[] `$1`. */
  bySourceId: string;
}

/**
 * The statement that gives each customer of a batch their `ACTIVITY_LIMIT` newest events: a LATERAL per
 * customer key, inside it a UNION ALL of each source's newest `ACTIVITY_LIMIT`, then the newest
 * `ACTIVITY_LIMIT` of those, ties by event id (byte order, descending), as one JSON array.
 */
export function activitySql(sources: readonly ActivitySource[]): string {
  const newest = (alias: string) =>
    `ORDER BY ${alias}.at DESC, ${alias}.event_id COLLATE "C" DESC LIMIT ${ACTIVITY_LIMIT}`;
  const branches = sources.map(
    (source) => `(SELECT * FROM (${source.select(source.ofCustomer)}) src ${newest('src')})`,
  );
  return `
    SELECT k.key, a.events
    FROM ${customerKeysFrom('$1')}
    CROSS JOIN LATERAL (
      SELECT coalesce(json_agg(e ORDER BY e.at DESC, e.event_id COLLATE "C" DESC), '[]') AS events
      FROM (
        SELECT * FROM (${branches.join('\n        UNION ALL\n        ')}) u
        ${newest('u')}
      ) e
    ) a
    ORDER BY k.ord`;
}

/** The events with the given ids (`$2`, text[]) among the sources' records with the given ids (`$1`, uuid[]). */
function eventsByIdSql(sources: readonly ActivitySource[]): string {
  const branches = sources.map((source) => `(${source.select(source.bySourceId)})`);
  return `SELECT * FROM (${branches.join('\nUNION ALL\n')}) e WHERE e.event_id = ANY($2::text[])`;
}

/** `<KIND>:<source uuid>` with an optional suffix for a second event of one record (`:cancelled`). */
const EVENT_ID = /^([A-Z_]+):([0-9A-Fa-f-]{36})(:[a-z]+)?$/;

/**
 * `ORDER:4F0C…` as this graph writes event ids (`ORDER:4f0c…`), and the source id in it; null when
 * malformed or of a kind none of `kinds`.
 */
export function parseEventId(
  id: string,
  kinds?: ReadonlySet<string>,
): { eventId: string; sourceId: string } | null {
  const match = EVENT_ID.exec(id);
  if (match && !kinds) return isUuid(match[2]!) ? { eventId: id, sourceId: match[2]!.toLowerCase() } : null;
  if (!match || !kinds?.has(match[1]!) || !isUuid(match[2]!)) return null;
  const sourceId = match[2]!.toLowerCase();
  return { eventId: `${match[1]}:${sourceId}${match[3] ?? ''}`, sourceId };
}

/**
 * The loaders of a department's timeline events. `summaryOf` writes an event's one line from its row:
 * kinds, statuses, counts, topics, amounts — never an email, a phone number or a message body.
 */
export function createActivityLoaders(
  dataSource: DataSource,
  department: Department,
  sources: readonly ActivitySource[],
  summaryOf: (row: ActivityRow) => string,
) {
  const toEvent = (row: ActivityRow): ActivityEvent => ({
    id: row.event_id,
    department,
    kind: row.kind,
    channel: row.channel,
    summary: summaryOf(row),
    occurredAt: new Date(row.at),
    sourceId: row.source_id,
  });
  const byCustomerSql = activitySql(sources);
  const byIdSql = eventsByIdSql(sources);
  const kinds = new Set<string>(sources.map((source) => source.kind));
  return {
    /** Each customer's `ACTIVITY_LIMIT` newest events, newest first: one statement per batch of customers. */
    activityByCustomer: createCustomerQueryLoader(
      dataSource,
      byCustomerSql,
      (row: { key: string; events: ActivityRow[] }) => row.events.map(toEvent),
      [] as ActivityEvent[],
    ),
    /** Events by their id: one statement per batch; null for an id this department never gave. */
    activityEventById: new DataLoader<string, ActivityEvent | null>(async (ids) => {
      const parsed = ids.map((id) => parseEventId(id, kinds));
      const valid = parsed.filter((event) => event !== null);
      const rows: ActivityRow[] =
        valid.length === 0
          ? []
          : await dataSource.query(byIdSql, [
              [...new Set(valid.map((event) => event.sourceId))],
              [...new Set(valid.map((event) => event.eventId))],
            ]);
      const byId = new Map(rows.map((row) => [row.event_id, toEvent(row)]));
      return parsed.map((event) => (event ? (byId.get(event.eventId) ?? null) : null));
    }),
  };
}
