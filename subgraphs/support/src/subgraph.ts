import { AppliedRequestEntity } from '../../../lib/db/applied-request.entity';
import { loadSchema } from '../../../lib/graphql/load-schema';
import type { SubgraphModule } from '../../../lib/server/subgraph-server';
import { createSupportContext, type SupportContext } from './context';
import { AgentAssessmentEntity } from './entities/agent-assessment.entity';
import { CsatRatingEntity } from './entities/csat-rating.entity';
import { InteractionEntity } from './entities/interaction.entity';
import { TicketEntity } from './entities/ticket.entity';
import { supportErasurePlan } from './erasure-plan';
import { CreateSupportSchema1763900000000 } from './migrations/1763900000000-CreateSupportSchema';
import { NameTicketChecks1795370000000 } from './migrations/1795370000000-NameTicketChecks';
import { AppliedRequests1795380000000 } from './migrations/1795380000000-AppliedRequests';
import { resolvers } from './resolvers';

export const supportSubgraph: SubgraphModule<SupportContext> = {
  name: 'support',
  typeDefs: loadSchema('support'),
  resolvers,
  entities: [TicketEntity, InteractionEntity, CsatRatingEntity, AgentAssessmentEntity, AppliedRequestEntity],
  migrations: [CreateSupportSchema1763900000000, NameTicketChecks1795370000000, AppliedRequests1795380000000],
  erasurePlan: supportErasurePlan,
  createContext: createSupportContext,
};
