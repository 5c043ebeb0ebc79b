import { loadAuditLogPage } from '../../../../lib/audit/audit-log-page';
import { CALLER, forbidden, isAllowed, type Requirement } from '../../../../lib/auth/directives';
import { badUserInput, notFound } from '../../../../lib/errors';
import { parsePageArgs, timeCursor, toConnection } from '../../../../lib/graphql/connection';
import { parseIdentifier } from '../../../../lib/identifiers';
import { isUuid } from '../../../../lib/ids';
import { KPI_DEFINITIONS } from '../../../../lib/kpi';
import { REPORTING_CURRENCY } from '../../../../lib/kpi/reporting-currency';
import { parseInput, uuid, z } from '../../../../lib/validation';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { loadCustomerPage } from '../loaders';
import { identifierOwners } from '../privacy/suppression';
import { loadLifecycleKpis } from '../snapshots/lifecycle-kpis';
import { latestSnapshot } from '../snapshots/snapshot-store';
import { exportCustomerData } from './customer-data-export';
import { erasureQueries } from './erasure';

/** The batch lookup's ceiling: one statement per batch, so a caller pages through larger sets. */
const MAX_IDENTIFIERS = 100;

const KPI_READ: Requirement[] = [{ authenticated: true, scopes: [['kpi:read']] }];

const customerFilter = z
  .object({
    stage: z.array(z.string()).max(10).nullish(),
    churnRiskAtLeast: z.number().min(0, 'must be 0–1').max(1, 'must be 0–1').nullish(),
    actionable: z.boolean().nullish(),
    country: z
      .array(z.string().regex(/^[A-Z]{2}$/, 'must hold ISO 3166-1 alpha-2 codes such as DE'))
      .nullish(),
    preferredChannel: z.array(z.string()).nullish(),
  })
  .transform((filter) => ({
    stages: filter.stage ?? null,
    churnRiskAtLeast: filter.churnRiskAtLeast ?? null,
    actionable: filter.actionable ?? null,
    countries: filter.country ?? null,
    preferredChannels: filter.preferredChannel ?? null,
  }));

export const Query: QueryResolvers = {
  ...erasureQueries,
  customer: (_parent, { id }, { loaders }) => {
    if (!isUuid(id)) throw badUserInput('id must be a UUID', ['customer', 'id']);
    return loaders.customerById.load(id);
  },
  customers: async (_parent, args, context) => {
    const { dataSource, loaders } = context;
    // Filtering on KPI values reveals them: the filter needs what reading the KPIs needs.
    if (args.filter && !isAllowed(context[CALLER], KPI_READ)) throw forbidden('customers(filter:)', KPI_READ);
    const request = parsePageArgs(args, ['customers']);
    const filter = args.filter ? parseInput(customerFilter, args.filter, ['filter']) : null;
    const snapshot = filter ? await latestSnapshot(dataSource) : null;
    // Before the first snapshot a filter can match nobody: an empty page whose snapshotAsOf is null.
    const page =
      filter && !snapshot
        ? { rows: [], totalCount: 0, hasNextPage: false, hasPreviousPage: request.after !== null }
        : await loadCustomerPage(
            dataSource,
            request,
            snapshot && filter ? { snapshotId: snapshot.id, ...filter } : null,
          );
    for (const customer of page.rows) loaders.customerById.prime(customer.id, customer);
    return {
      ...toConnection(page, (customer) => timeCursor(customer.createdAt, customer.id)),
      snapshotAsOf: snapshot?.asOf ?? null,
    };
  },
  customerByIdentifier: async (_parent, args, { dataSource, loaders }) => {
    const draft = parseIdentifier(args.identifier, ['identifier']);
    const [owner] = await identifierOwners(dataSource.manager, [draft]);
    if (!owner) throw notFound('Customer', `with this ${draft.kind.toLowerCase()}`, draft.field);
    return loaders.customerById.load(owner);
  },
  customersByIdentifiers: async (_parent, args, { dataSource, loaders }) => {
    if (args.identifiers.length > MAX_IDENTIFIERS)
      throw badUserInput(`identifiers must hold at most ${MAX_IDENTIFIERS} items`, ['identifiers']);
    const drafts = args.identifiers.map((identifier, index) =>
      parseIdentifier(identifier, ['identifiers', index]),
    );
    const owners = await identifierOwners(dataSource.manager, drafts);
    return Promise.all(owners.map((owner) => (owner ? loaders.customerById.load(owner) : null)));
  },
  lifecycleKpis: (_parent, args, { dataSource }) => loadLifecycleKpis(dataSource, args, REPORTING_CURRENCY),
  kpiDefinitions: () => KPI_DEFINITIONS,
  // The events of the customer's whole id group; an id nobody has (any more) still answers its own.
  async auditEvents(_parent, { customerId: given, ...page }, { dataSource, loaders }) {
    const customerId = parseInput(uuid, given, ['auditEvents', 'customerId']);
    const customer = await loaders.customerById.load(customerId);
    const ids = [customerId, ...(customer ? [customer.id, ...customer.aliasIds] : [])];
    return loadAuditLogPage(dataSource, ids, page, 'auditEvents');
  },
  exportCustomerData,
};
