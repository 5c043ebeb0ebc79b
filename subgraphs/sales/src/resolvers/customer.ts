import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

const byTime = (at: Date, id: string) => ({ sort: at.toISOString(), id });

export const Customer: CustomerResolvers = {
  // Sales does not own customers: any id is a customer that may simply have no sales records.
  __resolveReference: (reference) => ({ id: reference.id }),
  orders: (customer, args, { loaders }) =>
    loadCustomerConnection(
      loaders.ordersByCustomer,
      customer.id,
      args,
      'orders',
      (o) => byTime(o.orderedAt, o.id),
      [args.status ?? null],
    ),
  subscriptions: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.subscriptionsByCustomer, customer.id, args, 'subscriptions', (s) =>
      byTime(s.startedAt, s.id),
    ),
  opportunities: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.opportunitiesByCustomer, customer.id, args, 'opportunities', (o) =>
      byTime(o.updatedAt, o.id),
    ),
  salesSummary: (customer, _args, { loaders }) => loaders.summaryByCustomer.load(customer.id),
};
