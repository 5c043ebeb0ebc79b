import { AuditEventEntity } from '../../../lib/db/audit-event.entity';
import { loadSchema } from '../../../lib/graphql/load-schema';
import type { SubgraphModule } from '../../../lib/server/subgraph-server';
import { type CustomersContext, createCustomersContext } from './context';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import { CustomerKpiSnapshotEntity } from './entities/customer-kpi-snapshot.entity';
import { CustomerMergeEventEntity } from './entities/customer-merge-event.entity';
import { ErasureEntity } from './entities/erasure.entity';
import { ErasureReceiptEntity } from './entities/erasure-receipt.entity';
import { KpiDailyRollupEntity } from './entities/kpi-daily-rollup.entity';
import { KpiSnapshotEntity } from './entities/kpi-snapshot.entity';
import { SuppressedIdentifierEntity } from './entities/suppressed-identifier.entity';
import { CreateCustomersSchema1763800000000 } from './migrations/1763800000000-CreateCustomersSchema';
import { CustomerMerges1763900000000 } from './migrations/1763900000000-CustomerMerges';
import { KpiSnapshots1763910000000 } from './migrations/1763910000000-KpiSnapshots';
import { Erasure1796000000000 } from './migrations/1796000000000-Erasure';
import { AuditEvents1796100000000 } from './migrations/1796100000000-AuditEvents';
import { loadSuppressionKey } from './privacy/suppression';
import { resolvers } from './resolvers';

export const customersSubgraph: SubgraphModule<CustomersContext> = {
  name: 'customers',
  typeDefs: loadSchema('customers'),
  resolvers,
  entities: [
    CustomerEntity,
    CustomerIdentifierEntity,
    CustomerMergeEventEntity,
    KpiSnapshotEntity,
    CustomerKpiSnapshotEntity,
    KpiDailyRollupEntity,
    ErasureEntity,
    ErasureReceiptEntity,
    SuppressedIdentifierEntity,
    AuditEventEntity,
  ],
  migrations: [
    CreateCustomersSchema1763800000000,
    CustomerMerges1763900000000,
    KpiSnapshots1763910000000,
    Erasure1796000000000,
    AuditEvents1796100000000,
  ],
  createContext: createCustomersContext,
  prepare: loadSuppressionKey,
};
