import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import { timeCursor } from '../../../../lib/graphql/connection';
import type {
  AgentAssessmentResolvers,
  CsatRatingResolvers,
  InteractionResolvers,
  TicketResolvers,
} from '../__generated__/resolvers-types';
import type { SupportContext } from '../context';

// Ratings and interactions reference their ticket by a foreign key, so the ticket always exists.
const ticketOf = async (row: { ticketId: string }, _args: unknown, { loaders }: SupportContext) =>
  (await loaders.ticketById.load(row.ticketId))!;

export const Ticket: TicketResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.ticketById.load(reference.id),
  customer: (ticket) => ({ id: ticket.customerId }),
  interactions: (ticket, args, { loaders }) =>
    loadCustomerConnection(loaders.interactionsByTicket, ticket.id, args, 'interactions', (interaction) =>
      timeCursor(interaction.occurredAt, interaction.id),
    ),
  csat: (ticket, _args, { loaders }) => loaders.csatByTicket.load(ticket.id),
  agentAssessment: (ticket, _args, { loaders }) => loaders.assessmentByTicket.load(ticket.id),
};

export const Interaction: InteractionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.interactionById.load(reference.id),
  ticket: ticketOf,
};

export const CsatRating: CsatRatingResolvers = {
  ticket: ticketOf,
};

export const AgentAssessment: AgentAssessmentResolvers = {
  ticket: ticketOf,
};
