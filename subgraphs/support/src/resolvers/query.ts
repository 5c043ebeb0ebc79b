import { isUuid } from '../../../../lib/ids';
import type { QueryResolvers } from '../__generated__/resolvers-types';

export const Query: QueryResolvers = {
  ticket: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.ticketById.load(id) : null),
  interaction: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.interactionById.load(id) : null),
  supportActivityEvent: (_parent, { id }, { loaders }) => loaders.activityEventById.load(id),
};
