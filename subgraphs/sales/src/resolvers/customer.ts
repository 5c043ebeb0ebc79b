import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import { timeCursor } from '../../../../lib/graphql/connection';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  // Sales does not own customers: any id is a customer that may simply have no sales records.
  // `mergedIds` comes with the reference (`@requires`): every field reads the rows of the whole id group.
  __resolveReference: (reference) => ({ id: reference.id, mergedIds: reference.mergedIds }),
  orders: (customer, args, { loaders }) =>
    loadCustomerConnection(
      loaders.ordersByCustomer,
      customer,
      args,
      'orders',
      (o) => timeCursor(o.orderedAt, o.id),
      [args.status ?? null],
    ),
  subscriptions: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.subscriptionsByCustomer, customer, args, 'subscriptions', (s) =>
      timeCursor(s.startedAt, s.id),
    ),
  opportunities: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.opportunitiesByCustomer, customer, args, 'opportunities', (o) =>
      timeCursor(o.updatedAt, o.id),
    ),
  salesSummary: (customer, _args, { loaders }) => loaders.summaryByCustomer.load(customer),
  salesActivity: (customer, _args, { loaders }) => loaders.activityByCustomer.load(customer),
};
