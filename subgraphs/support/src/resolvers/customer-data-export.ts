import { exportIds, exportRows } from '../../../../lib/privacy/export-rows';
import type { CustomerDataExportResolvers } from '../__generated__/resolvers-types';
import { SUPPORT_EXPORT_TABLES } from '../data-export';

export const CustomerDataExport: CustomerDataExportResolvers = {
  // The key and the group's ids (`@requires`) are all this department needs to read its rows.
  __resolveReference: (reference) => ({
    customerId: reference.customerId,
    customerIds: reference.customerIds,
  }),
  support: (exported, _args, { dataSource }) =>
    exportRows(dataSource, SUPPORT_EXPORT_TABLES, exportIds(exported)),
};
