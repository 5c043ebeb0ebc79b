import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import { timeCursor } from '../../../../lib/graphql/connection';
import type { CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  // Marketing does not own customers: any id is a customer that may simply have no marketing records.
  // `mergedIds` comes with the reference (`@requires`): every field reads the rows of the whole id group.
  __resolveReference: (reference) => ({ id: reference.id, mergedIds: reference.mergedIds }),
  signals: (customer, args, { loaders }) =>
    loadCustomerConnection(
      loaders.signalsByCustomer,
      customer,
      args,
      'signals',
      (s) => timeCursor(s.occurredAt, s.id),
      [args.kinds ?? null],
    ),
  touches: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.touchesByCustomer, customer, args, 'touches', (t) =>
      timeCursor(t.sentAt, t.id),
    ),
  consents: (customer, _args, { loaders }) => loaders.consentsByCustomer.load(customer),
  consentHistory: (customer, args, { loaders }) =>
    loadCustomerConnection(loaders.consentEventsByCustomer, customer, args, 'consentHistory', (e) =>
      timeCursor(e.recordedAt, e.id),
    ),
  preferredChannel: (customer, _args, { loaders }) => loaders.preferredChannelByCustomer.load(customer),
  leadScore: (customer, _args, { loaders }) => loaders.leadScoreByCustomer.load(customer),
  marketingSummary: (customer, _args, { loaders }) => loaders.summaryByCustomer.load(customer),
  marketingActivity: (customer, _args, { loaders }) => loaders.activityByCustomer.load(customer),
};
