import { loadAuditLogPage } from '../../../../lib/audit/audit-log-page';
import { parsePageArgs, timeCursor, toConnection } from '../../../../lib/graphql/connection';
import { customerIds } from '../../../../lib/graphql/customer-ref';
import { isUuid } from '../../../../lib/ids';
import { parseInput, uuid } from '../../../../lib/validation';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { loadCampaignPage } from '../loaders';

export const Query: QueryResolvers = {
  signal: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.signalById.load(id) : null),
  campaign: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.campaignById.load(id) : null),
  touch: (_parent, { id }, { loaders }) => (isUuid(id) ? loaders.touchById.load(id) : null),
  marketingActivityEvent: (_parent, { id }, { loaders }) => loaders.activityEventById.load(id),
  async campaigns(_parent, args, { dataSource, loaders }) {
    const page = await loadCampaignPage(dataSource, parsePageArgs(args, ['campaigns']));
    for (const campaign of page.rows) loaders.campaignById.prime(campaign.id, campaign);
    return toConnection(page, (campaign) => timeCursor(campaign.startedAt, campaign.id));
  },
  // Rows are stored under the canonical id of their day: the customer's whole id group answers, and the id
  // asked for alone when the customers service knows it no more.
  async consentAuditEvents(_parent, { customerId: given, ...page }, { dataSource, customers }) {
    const customerId = parseInput(uuid, given, ['consentAuditEvents', 'customerId']);
    const customer = await customers.byId(customerId);
    const ids = [customerId, ...(customer ? customerIds(customer) : [])];
    return loadAuditLogPage(dataSource, ids, page, 'consentAuditEvents');
  },
};
