import { loadCustomerConnection } from '../../../../lib/db/customer-page-loader';
import { timeCursor } from '../../../../lib/graphql/connection';
import type { CampaignResolvers, SignalResolvers, TouchResolvers } from '../__generated__/resolvers-types';
import { touchStatus } from '../entities/touch.entity';

export const Signal: SignalResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.signalById.load(reference.id),
  customer: (signal) => ({ id: signal.customerId }),
};

export const Campaign: CampaignResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.campaignById.load(reference.id),
  touches: (campaign, args, { loaders }) =>
    loadCustomerConnection(loaders.touchesByCampaign, campaign.id, args, 'touches', (t) =>
      timeCursor(t.sentAt, t.id),
    ),
  stats: (campaign, _args, { loaders }) => loaders.campaignStatsById.load(campaign.id),
};

export const Touch: TouchResolvers = {
  __resolveReference: (reference, { loaders }) => loaders.touchById.load(reference.id),
  // The foreign key guarantees the campaign exists.
  campaign: async (touch, _args, { loaders }) => (await loaders.campaignById.load(touch.campaignId))!,
  customer: (touch) => ({ id: touch.customerId }),
  status: (touch) => touchStatus(touch),
};
