import { badUserInput } from '../../../../lib/errors';
import { parsePageArgs, timeCursor, toConnection } from '../../../../lib/graphql/connection';
import { isUuid } from '../../../../lib/ids';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { loadCustomerPage } from '../loaders';

export const Query: QueryResolvers = {
  customer: (_parent, { id }, { loaders }) => {
    if (!isUuid(id)) throw badUserInput('id must be a UUID', ['customer', 'id']);
    return loaders.customerById.load(id);
  },
  customers: async (_parent, args, { dataSource, loaders }) => {
    const page = await loadCustomerPage(dataSource, parsePageArgs(args, ['customers']));
    for (const customer of page.rows) loaders.customerById.prime(customer.id, customer);
    return toConnection(page, (customer) => timeCursor(customer.createdAt, customer.id));
  },
};
