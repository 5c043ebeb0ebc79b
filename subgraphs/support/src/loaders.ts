import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createByIdLoader,
  createCustomerQueryLoader,
  customerKeysFrom,
  rowsForKeys,
} from '../../../lib/db/by-id-loader';
import {
  type ActivityRow,
  type ActivitySource,
  createActivityLoaders,
} from '../../../lib/db/customer-activity';
import { createCustomerPageLoader } from '../../../lib/db/customer-page-loader';
import { oneByKey } from '../../../lib/db/hydrate';
import type { KeyTicket, SupportSummary } from './__generated__/resolvers-types';
import { AgentAssessmentEntity } from './entities/agent-assessment.entity';
import { CsatRatingEntity } from './entities/csat-rating.entity';
import { InteractionEntity } from './entities/interaction.entity';
import { TicketEntity } from './entities/ticket.entity';

const RECENT = `now() - interval '90 days'`;
const UNRESOLVED = `status IN ('OPEN', 'PENDING')`;
const HOURS = (from: string, to: string) => `(extract(epoch FROM ${to} - ${from}) / 3600)::float8`;
/** How many tickets `SupportSummary.keyTickets` lists. */
const KEY_TICKETS_LIMIT = 10;

/**
 * Every per-customer support figure for a batch of customers, in one statement: a LATERAL per customer
 * key over the rows of its id group (the customer and those merged into it). The definitions are the
 * ones documented on `SupportSummary` in schema.graphql; keep the two in step.
 *
 * Interactions and ratings are read by `ticket_id = ANY(g.ticket_ids)`, the group's tickets as an
 * array (`bumped.ids`: those transferred or handed from a bot to a human), not by a join to tickets:
 * the planner cannot tell how many ids a group has, and for a join it would hash a whole table once
 * per customer (98 ms instead of 5 for 100 demo customers).
 */
const SUMMARY_SQL = `
  SELECT k.key, kts.key_tickets,
         t.ticket_count, t.open_ticket_count, t.tickets_open_longer_than_7_days, t.last_ticket_opened_at,
         t.contact_count_90d, t.repeat_contact_count_90d, t.reopened_count_90d, t.escalated_count_90d,
         t.resolved_count_90d, t.first_contact_resolution_count_90d,
         t.median_resolution_hours_90d, t.median_first_response_hours_90d,
         i.transfer_count_90d, i.handoff_count_90d,
         greatest(t.last_ticket_opened_at, i.last_customer_message_at) AS last_contact_at,
         r.last_csat, r.last_csat_at, r.csat_count_90d, r.average_csat_90d, r.average_agent_assessment_90d,
         r.pair_count_90d, r.average_assessment_minus_csat_90d
  FROM ${customerKeysFrom('$1')}
  CROSS JOIN LATERAL (SELECT ARRAY(SELECT id FROM tickets WHERE customer_id = ANY(k.ids)) AS ticket_ids) g
  CROSS JOIN LATERAL (
    SELECT ARRAY(SELECT x.ticket_id FROM interactions x
                 WHERE x.ticket_id = ANY(g.ticket_ids) AND x.kind IN ('TRANSFER', 'HANDOFF_TO_HUMAN')) AS ids
  ) bumped
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS ticket_count,
           count(*) FILTER (WHERE ${UNRESOLVED})::int AS open_ticket_count,
           count(*) FILTER (WHERE ${UNRESOLVED} AND opened_at < now() - interval '7 days')::int
             AS tickets_open_longer_than_7_days,
           max(opened_at) AS last_ticket_opened_at,
           count(*) FILTER (WHERE recent)::int AS contact_count_90d,
           count(*) FILTER (WHERE recent AND (since_previous <= interval '7 days' OR reopened_count > 0))::int
             AS repeat_contact_count_90d,
           coalesce(sum(reopened_count) FILTER (WHERE recent), 0)::int AS reopened_count_90d,
           count(*) FILTER (WHERE recent AND escalated)::int AS escalated_count_90d,
           count(*) FILTER (WHERE recent AND resolved_at IS NOT NULL)::int AS resolved_count_90d,
           count(*) FILTER (WHERE first_contact_resolution)::int AS first_contact_resolution_count_90d,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS('opened_at', 'resolved_at')})
             FILTER (WHERE recent AND resolved_at IS NOT NULL) AS median_resolution_hours_90d,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${HOURS('opened_at', 'first_response_at')})
             FILTER (WHERE recent AND first_response_at IS NOT NULL) AS median_first_response_hours_90d
    FROM (
      SELECT tk.status, tk.opened_at, tk.resolved_at, tk.first_response_at, tk.reopened_count, tk.escalated,
             tk.opened_at > ${RECENT} AS recent,
             tk.opened_at - lag(tk.opened_at) OVER (ORDER BY tk.opened_at, tk.id) AS since_previous,
             (tk.opened_at > ${RECENT} AND tk.resolved_at IS NOT NULL AND tk.reopened_count = 0
               AND tk.id <> ALL(bumped.ids)) AS first_contact_resolution
      FROM tickets tk WHERE tk.customer_id = ANY(k.ids)
    ) tt
  ) t
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE x.kind = 'TRANSFER' AND x.occurred_at > ${RECENT})::int AS transfer_count_90d,
           count(*) FILTER (WHERE x.kind = 'HANDOFF_TO_HUMAN' AND x.occurred_at > ${RECENT})::int AS handoff_count_90d,
           max(x.occurred_at) FILTER (WHERE x.kind = 'CUSTOMER_MESSAGE') AS last_customer_message_at
    FROM interactions x WHERE x.ticket_id = ANY(g.ticket_ids)
  ) i
  CROSS JOIN LATERAL (
    SELECT (array_agg(c.score ORDER BY c.submitted_at DESC, c.ticket_id DESC) FILTER (WHERE c.score IS NOT NULL))[1]::int
             AS last_csat,
           max(c.submitted_at) AS last_csat_at,
           count(*) FILTER (WHERE c.submitted_at > ${RECENT})::int AS csat_count_90d,
           avg(c.score) FILTER (WHERE c.submitted_at > ${RECENT})::float8 AS average_csat_90d,
           avg(a.score) FILTER (WHERE a.assessed_at > ${RECENT})::float8 AS average_agent_assessment_90d,
           count(*) FILTER (WHERE c.submitted_at > ${RECENT} AND a.score IS NOT NULL)::int AS pair_count_90d,
           avg(a.score - c.score) FILTER (WHERE c.submitted_at > ${RECENT} AND a.score IS NOT NULL)::float8
             AS average_assessment_minus_csat_90d
    FROM (SELECT * FROM csat_ratings WHERE ticket_id = ANY(g.ticket_ids)) c
    FULL JOIN (SELECT * FROM agent_assessments WHERE ticket_id = ANY(g.ticket_ids)) a ON a.ticket_id = c.ticket_id
  ) r
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('ticketId', kt.id, 'status', kt.status, 'channel', kt.channel,
             'openedAt', kt.opened_at, 'resolvedAt', kt.resolved_at, 'reopenedCount', kt.reopened_count,
             'transferCount', x.transfer_count, 'botToHumanHandoff', x.handoff, 'escalated', kt.escalated)
             ORDER BY kt.opened_at DESC, kt.id DESC), '[]') AS key_tickets
    FROM (
      SELECT * FROM tickets
      WHERE customer_id = ANY(k.ids) AND (opened_at > ${RECENT} OR ${UNRESOLVED})
      ORDER BY opened_at DESC, id DESC LIMIT ${KEY_TICKETS_LIMIT}
    ) kt
    CROSS JOIN LATERAL (
      SELECT count(*) FILTER (WHERE kind = 'TRANSFER')::int AS transfer_count,
             coalesce(bool_or(kind = 'HANDOFF_TO_HUMAN'), false) AS handoff
      FROM interactions WHERE ticket_id = kt.id
    ) x
  ) kts
  ORDER BY k.ord`;

/** A key ticket as the summary statement gives it: times are JSON strings. */
type KeyTicketRow = Omit<KeyTicket, 'openedAt' | 'resolvedAt'> & {
  openedAt: string;
  resolvedAt: string | null;
};

interface SummaryRow {
  key: string;
  key_tickets: KeyTicketRow[];
  ticket_count: number;
  open_ticket_count: number;
  tickets_open_longer_than_7_days: number;
  last_ticket_opened_at: Date | null;
  last_contact_at: Date | null;
  contact_count_90d: number;
  repeat_contact_count_90d: number;
  reopened_count_90d: number;
  escalated_count_90d: number;
  resolved_count_90d: number;
  first_contact_resolution_count_90d: number;
  median_resolution_hours_90d: number | null;
  median_first_response_hours_90d: number | null;
  transfer_count_90d: number;
  handoff_count_90d: number;
  last_csat: number | null;
  last_csat_at: Date | null;
  csat_count_90d: number;
  average_csat_90d: number | null;
  average_agent_assessment_90d: number | null;
  pair_count_90d: number;
  average_assessment_minus_csat_90d: number | null;
}

/** Hours and averages to two decimals: precise enough for a KPI, readable in an explorer. */
const round2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

function toSummary(row: SummaryRow): SupportSummary {
  return {
    ticketCount: row.ticket_count,
    openTicketCount: row.open_ticket_count,
    ticketsOpenLongerThan7Days: row.tickets_open_longer_than_7_days,
    lastTicketOpenedAt: row.last_ticket_opened_at,
    lastContactAt: row.last_contact_at,
    contactCount90d: row.contact_count_90d,
    repeatContactCount90d: row.repeat_contact_count_90d,
    reopenedCount90d: row.reopened_count_90d,
    transferCount90d: row.transfer_count_90d,
    botToHumanHandoffCount90d: row.handoff_count_90d,
    escalatedCount90d: row.escalated_count_90d,
    resolvedCount90d: row.resolved_count_90d,
    firstContactResolutionCount90d: row.first_contact_resolution_count_90d,
    firstContactResolutionRate90d:
      row.resolved_count_90d === 0 ? null : row.first_contact_resolution_count_90d / row.resolved_count_90d,
    medianResolutionHours90d: round2(row.median_resolution_hours_90d),
    medianFirstResponseHours90d: round2(row.median_first_response_hours_90d),
    lastCsat: row.last_csat,
    lastCsatAt: row.last_csat_at,
    csatCount90d: row.csat_count_90d,
    averageCsat90d: round2(row.average_csat_90d),
    averageAgentAssessment90d: round2(row.average_agent_assessment_90d),
    csatAndAssessmentPairs90d: row.pair_count_90d,
    averageAssessmentMinusCsat90d: round2(row.average_assessment_minus_csat_90d),
    keyTickets: row.key_tickets.map((ticket) => ({
      ...ticket,
      openedAt: new Date(ticket.openedAt),
      resolvedAt: ticket.resolvedAt === null ? null : new Date(ticket.resolvedAt),
    })),
  };
}

/** The summary of a customer support has no rows for (also any id that is not a UUID). */
const EMPTY_SUMMARY_ROW: Omit<SummaryRow, 'key'> = {
  key_tickets: [],
  ticket_count: 0,
  open_ticket_count: 0,
  tickets_open_longer_than_7_days: 0,
  last_ticket_opened_at: null,
  last_contact_at: null,
  contact_count_90d: 0,
  repeat_contact_count_90d: 0,
  reopened_count_90d: 0,
  escalated_count_90d: 0,
  resolved_count_90d: 0,
  first_contact_resolution_count_90d: 0,
  median_resolution_hours_90d: null,
  median_first_response_hours_90d: null,
  transfer_count_90d: 0,
  handoff_count_90d: 0,
  last_csat: null,
  last_csat_at: null,
  csat_count_90d: 0,
  average_csat_90d: null,
  average_agent_assessment_90d: null,
  pair_count_90d: 0,
  average_assessment_minus_csat_90d: null,
};
const EMPTY_SUMMARY = toSummary({ ...EMPTY_SUMMARY_ROW, key: '' });

/**
 * Support's timeline events, per source: a ticket opened, each interaction on the customer's tickets,
 * a CSAT rating (its source id is the rated ticket's: a rating has no id of its own). Subjects,
 * message bodies and comments stay out: the ticket's topic slug says what it is about.
 */
const ACTIVITY_SOURCES: ActivitySource[] = [
  {
    kind: 'TICKET',
    select: (where) => `
      SELECT 'TICKET:' || t.id AS event_id, 'TICKET' AS kind, t.channel, t.opened_at AS at, t.id::text AS source_id,
             json_build_object('topic', t.topic, 'priority', t.priority, 'status', t.status) AS details
      FROM tickets t WHERE ${where}`,
    ofCustomer: 't.customer_id = ANY(k.ids)',
    bySourceId: 't.id = ANY($1::uuid[])',
  },
  {
    kind: 'INTERACTION',
    select: (where) => `
      SELECT 'INTERACTION:' || x.id AS event_id, 'INTERACTION' AS kind, x.channel, x.occurred_at AS at,
             x.id::text AS source_id, json_build_object('interaction', x.kind, 'topic', t.topic) AS details
      FROM interactions x JOIN tickets t ON t.id = x.ticket_id WHERE ${where}`,
    // The group's tickets as an array, for the reason given on SUMMARY_SQL.
    ofCustomer: 'x.ticket_id = ANY(ARRAY(SELECT id FROM tickets WHERE customer_id = ANY(k.ids)))',
    bySourceId: 'x.id = ANY($1::uuid[])',
  },
  {
    kind: 'CSAT',
    select: (where) => `
      SELECT 'CSAT:' || c.ticket_id AS event_id, 'CSAT' AS kind, NULL::text AS channel, c.submitted_at AS at,
             c.ticket_id::text AS source_id, json_build_object('score', c.score, 'topic', t.topic) AS details
      FROM csat_ratings c JOIN tickets t ON t.id = c.ticket_id WHERE ${where}`,
    ofCustomer: 'c.ticket_id = ANY(ARRAY(SELECT id FROM tickets WHERE customer_id = ANY(k.ids)))',
    bySourceId: 'c.ticket_id = ANY($1::uuid[])',
  },
];

const INTERACTION_LABELS: Record<string, string> = {
  CUSTOMER_MESSAGE: 'Customer message',
  AGENT_MESSAGE: 'Agent reply',
  BOT_MESSAGE: 'Bot reply',
  TRANSFER: 'Transferred to another agent',
  HANDOFF_TO_HUMAN: 'Bot handed over to a human',
};

/** One line per support event, from kinds, topics, priorities, statuses and scores (no text anyone wrote). */
function activitySummary(row: ActivityRow): string {
  const d = row.details;
  switch (row.kind) {
    case 'TICKET':
      return `Ticket opened: ${d.topic} (${d.priority}, now ${d.status})`;
    case 'INTERACTION':
      return `${INTERACTION_LABELS[String(d.interaction)] ?? d.interaction} on ticket ${d.topic}`;
    default:
      return `CSAT ${d.score}/5 for ticket ${d.topic}`;
  }
}

export function createSupportLoaders(dataSource: DataSource) {
  const loaders = {
    ticketById: createByIdLoader(dataSource, TicketEntity),
    interactionById: createByIdLoader(dataSource, InteractionEntity),
    csatByTicket: new DataLoader<string, CsatRatingEntity | null>(async (ticketIds) =>
      oneByKey(
        ticketIds,
        await rowsForKeys(dataSource, CsatRatingEntity, 'ticketId', ticketIds),
        (row) => row.ticketId,
      ),
    ),
    assessmentByTicket: new DataLoader<string, AgentAssessmentEntity | null>(async (ticketIds) =>
      oneByKey(
        ticketIds,
        await rowsForKeys(dataSource, AgentAssessmentEntity, 'ticketId', ticketIds),
        (row) => row.ticketId,
      ),
    ),
    ticketsByCustomer: createCustomerPageLoader(dataSource, TicketEntity, {
      table: 'tickets',
      ownerColumn: 'customer_id',
      sortColumn: 'opened_at',
      filterSql: '($5::text[] IS NULL OR t.status = ANY($5::text[]))',
    }),
    // The page loader works for any owner column: here the pages are per ticket, newest first.
    interactionsByTicket: createCustomerPageLoader(dataSource, InteractionEntity, {
      table: 'interactions',
      ownerColumn: 'ticket_id',
      sortColumn: 'occurred_at',
    }),
    summaryByCustomer: createCustomerQueryLoader(dataSource, SUMMARY_SQL, toSummary, EMPTY_SUMMARY),
    ...createActivityLoaders(dataSource, 'SUPPORT', ACTIVITY_SOURCES, activitySummary),
  };
  return {
    ...loaders,
    /**
     * After a write for this customer: its summary, activity and lists must be read again in this
     * request. They are cached per id group, and any group may hold this id, so all are forgotten.
     */
    forgetCustomer(_customerId: string) {
      loaders.summaryByCustomer.clearAll();
      loaders.activityByCustomer.clearAll();
      loaders.activityEventById.clearAll();
      loaders.ticketsByCustomer.clearAll();
      loaders.interactionsByTicket.clearAll();
    },
  };
}

export type SupportLoaders = ReturnType<typeof createSupportLoaders>;
