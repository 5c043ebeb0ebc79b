import { AppliedRequestEntity } from '../../../lib/db/applied-request.entity';
import { loadSchema } from '../../../lib/graphql/load-schema';
import type { SubgraphModule } from '../../../lib/server/subgraph-server';
import { createSalesContext, type SalesContext } from './context';
import { OpportunityEntity } from './entities/opportunity.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderLineEntity } from './entities/order-line.entity';
import { SubscriptionEntity } from './entities/subscription.entity';
import { salesErasurePlan } from './erasure-plan';
import { CreateSalesSchema1763800000000 } from './migrations/1763800000000-CreateSalesSchema';
import { ClientOrderIdPerCustomer1763830000000 } from './migrations/1763830000000-ClientOrderIdPerCustomer';
import { AppliedRequests1795380000000 } from './migrations/1795380000000-AppliedRequests';
import { ClientOrderIdAcrossOrders1795380001000 } from './migrations/1795380001000-ClientOrderIdAcrossOrders';
import { resolvers } from './resolvers';

export const salesSubgraph: SubgraphModule<SalesContext> = {
  name: 'sales',
  typeDefs: loadSchema('sales'),
  resolvers,
  entities: [OrderEntity, OrderLineEntity, SubscriptionEntity, OpportunityEntity, AppliedRequestEntity],
  migrations: [
    CreateSalesSchema1763800000000,
    ClientOrderIdPerCustomer1763830000000,
    AppliedRequests1795380000000,
    ClientOrderIdAcrossOrders1795380001000,
  ],
  erasurePlan: salesErasurePlan,
  createContext: createSalesContext,
};
