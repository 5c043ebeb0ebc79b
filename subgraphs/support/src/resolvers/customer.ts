import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import { timeCursor } from '../../../../lib/graphql/connection';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  // Support does not own customers: any id is a customer that may simply have no support records.
  // `mergedIds` comes with the reference (`@requires`): every field reads the rows of the whole id group.
  __resolveReference: (reference) => ({ id: reference.id, mergedIds: reference.mergedIds }),
  async tickets(customer, args, { loaders }) {
    const connection = await loadCustomerConnection(
      loaders.ticketsByCustomer,
      customer,
      args,
      'tickets',
      (ticket) => timeCursor(ticket.openedAt, ticket.id),
      [args.status ?? null],
    );
    // Interactions and ratings on these tickets lead back to them: answer that from the cache.
    for (const { node } of connection.edges) loaders.ticketById.prime(node.id, node);
    return connection;
  },
  supportSummary: (customer, _args, { loaders }) => loaders.summaryByCustomer.load(customer),
  supportActivity: (customer, _args, { loaders }) => loaders.activityByCustomer.load(customer),
};
