import { isUuid } from '../../../../lib/ids';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  order: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.orderById.load(id) : null),
  planSubscription: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.subscriptionById.load(id) : null),
  opportunity: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.opportunityById.load(id) : null),
  salesActivityEvent: (_parent, { id }, { loaders }) => loaders.activityEventById.load(id),
};
