import { loadSchema } from '../../../lib/graphql/load-schema';
import type { SubgraphModule } from '../../../lib/server/subgraph-server';
import { type CustomersContext, createCustomersContext } from './context';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import { CreateCustomersSchema1763800000000 } from './migrations/1763800000000-CreateCustomersSchema';
import { resolvers } from './resolvers';

export const customersSubgraph: SubgraphModule<CustomersContext> = {
  name: 'customers',
  typeDefs: loadSchema('customers'),
  resolvers,
  entities: [CustomerEntity, CustomerIdentifierEntity],
  migrations: [CreateCustomersSchema1763800000000],
  createContext: createCustomersContext,
};
