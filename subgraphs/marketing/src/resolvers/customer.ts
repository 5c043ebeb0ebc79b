import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import { timeCursor } from '../../../../lib/graphql/connection';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  // Marketing does not own customers: any id is a customer that may simply have no marketing records.
  __resolveReference: (reference) => ({ id: reference.id }),
  signals: (customer, args, { loaders }) =>
    loadCustomerConnection(
      loaders.signalsByCustomer,
      customer.id,
      args,
      'signals',
      (s) => timeCursor(s.occurredAt, s.id),
      [args.kinds ?? null],
    ),
  touches: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.touchesByCustomer, customer.id, args, 'touches', (t) =>
      timeCursor(t.sentAt, t.id),
    ),
  consents: (customer, _args, { loaders }) => loaders.consentsByCustomer.load(customer.id),
  consentHistory: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.consentEventsByCustomer, customer.id, args, 'consentHistory', (e) =>
      timeCursor(e.recordedAt, e.id),
    ),
  preferredChannel: (customer, _args, { loaders }) => loaders.preferredChannelByCustomer.load(customer.id),
  leadScore: (customer, _args, { loaders }) => loaders.leadScoreByCustomer.load(customer.id),
  marketingSummary: (customer, _args, { loaders }) => loaders.summaryByCustomer.load(customer.id),
};
