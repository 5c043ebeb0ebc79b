import type { CustomerIdentifierResolvers, CustomerResolvers } from '../__generated__/resolvers-types';

export const Customer: CustomerResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.customerById.load(reference.id),
  identifiers: (customer, _args, { loaders }) => loaders.identifiersByCustomer.load(customer.id),
};

export const CustomerIdentifier: CustomerIdentifierResolvers = {
  system: (identifier) => identifier.system || null,
};
