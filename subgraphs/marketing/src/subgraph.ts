import { AppliedRequestEntity } from '../../../lib/db/applied-request.entity';
import { AuditEventEntity } from '../../../lib/db/audit-event.entity';
import { loadSchema } from '../../../lib/graphql/load-schema';
import type { SubgraphModule } from '../../../lib/server/subgraph-server';
import { createMarketingContext, type MarketingContext } from './context';
import { CampaignEntity } from './entities/campaign.entity';
import { ConsentEntity } from './entities/consent.entity';
import { ConsentEventEntity } from './entities/consent-event.entity';
import { LeadScoreEntity } from './entities/lead-score.entity';
import { PreferredChannelEntity } from './entities/preferred-channel.entity';
import { SignalEntity } from './entities/signal.entity';
import { TouchEntity } from './entities/touch.entity';
import { marketingErasurePlan } from './erasure-plan';
import { CreateMarketingSchema1763850000000 } from './migrations/1763850000000-CreateMarketingSchema';
import { NameCampaignPeriodCheck1795370000000 } from './migrations/1795370000000-NameCampaignPeriodCheck';
import { AppliedRequests1795380000000 } from './migrations/1795380000000-AppliedRequests';
import { AuditEvents1796100000000 } from './migrations/1796100000000-AuditEvents';
import { resolvers } from './resolvers';

export const marketingSubgraph: SubgraphModule<MarketingContext> = {
  name: 'marketing',
  typeDefs: loadSchema('marketing'),
  resolvers,
  entities: [
    SignalEntity,
    ConsentEntity,
    ConsentEventEntity,
    PreferredChannelEntity,
    CampaignEntity,
    TouchEntity,
    LeadScoreEntity,
    AppliedRequestEntity,
    AuditEventEntity,
  ],
  migrations: [
    CreateMarketingSchema1763850000000,
    NameCampaignPeriodCheck1795370000000,
    AppliedRequests1795380000000,
    AuditEvents1796100000000,
  ],
  erasurePlan: marketingErasurePlan,
  createContext: createMarketingContext,
};
