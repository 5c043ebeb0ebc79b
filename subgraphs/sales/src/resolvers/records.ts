import { money } from '../../../../lib/money';
import type {
  OpportunityResolvers,
  OrderLineResolvers,
  OrderResolvers,
  PlanSubscriptionResolvers,
} from '../__generated__/resolvers-types';

export const Order: OrderResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.orderById.load(reference.id),
  customer: (order) => ({ id: order.customerId }),
  total: (order) => money(order.totalMinor, order.currency),
  lines: async (order, _args, { loaders }) =>
    (await loaders.linesByOrder.load(order.id)).map((line) => ({ ...line, currency: order.currency })),
};

export const OrderLine: OrderLineResolvers = {
  unitPrice: (line) => money(line.unitPriceMinor, line.currency),
  lineTotal: (line) => money(line.unitPriceMinor * line.quantity, line.currency),
};

export const PlanSubscription: PlanSubscriptionResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.subscriptionById.load(reference.id),
  customer: (subscription) => ({ id: subscription.customerId }),
  mrr: (subscription) => money(subscription.mrrMinor, subscription.currency),
};

export const Opportunity: OpportunityResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.opportunityById.load(reference.id),
  customer: (opportunity) => ({ id: opportunity.customerId }),
  amount: (opportunity) => money(opportunity.amountMinor, opportunity.currency),
};
