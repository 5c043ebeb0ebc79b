import type { ExportTable } from '../../../lib/privacy/export-rows';
import { appliedRequestsExport } from '../../../lib/privacy/shared-export-tables';
import { AgentAssessmentEntity } from './entities/agent-assessment.entity';
import { CsatRatingEntity } from './entities/csat-rating.entity';
import { InteractionEntity } from './entities/interaction.entity';
import { TicketEntity } from './entities/ticket.entity';

/** Replay records of writes to one of the customers' tickets (a status, a rating), which name no customer. */
export const ABOUT_THEIR_TICKETS =
  "result->>'ticket_id' IN (SELECT id::text FROM tickets WHERE customer_id = ANY($1::uuid[]))";

/** The rows of a ticket table that belong to the customers' tickets, in ticket order ($1: uuid[]). */
const perTicket = (table: string, order: string) =>
  `SELECT x.* FROM ${table} x JOIN tickets t ON t.id = x.ticket_id
   WHERE t.customer_id = ANY($1::uuid[]) ORDER BY t.opened_at, t.id${order}`;

/** Every table in which support holds rows about a customer, as `CustomerDataExport.support` exports them. */
export const SUPPORT_EXPORT_TABLES: readonly ExportTable[] = [
  {
    name: 'tickets',
    entity: TicketEntity,
    sql: 'SELECT * FROM tickets WHERE customer_id = ANY($1::uuid[]) ORDER BY opened_at, id',
  },
  {
    name: 'interactions',
    entity: InteractionEntity,
    sql: perTicket('interactions', ', x.occurred_at, x.id'),
  },
  { name: 'csatRatings', entity: CsatRatingEntity, sql: perTicket('csat_ratings', '') },
  { name: 'agentAssessments', entity: AgentAssessmentEntity, sql: perTicket('agent_assessments', '') },
  // A rating's or an assessment's snapshot names its ticket, not the customer.
  appliedRequestsExport(ABOUT_THEIR_TICKETS),
];
