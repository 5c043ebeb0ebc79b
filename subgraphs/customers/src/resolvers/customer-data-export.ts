import { recordAudit } from '../../../../lib/audit/record-audit';
import { CALLER } from '../../../../lib/auth/directives';
import { notFound } from '../../../../lib/errors';
import { exportRows } from '../../../../lib/privacy/export-rows';
import { parseInput, uuid } from '../../../../lib/validation';
import type { CustomerDataExportResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import { CUSTOMERS_EXPORT_TABLES, startCustomerDataExport } from '../data-export';

export const exportCustomerData: QueryResolvers['exportCustomerData'] = async (_parent, args, context) => {
  const id = parseInput(uuid, args.id, ['id']);
  const exported = await startCustomerDataExport(context.loaders, id);
  if (!exported) throw notFound('Customer', id, ['id']);
  await recordAudit(context.dataSource, {
    actor: context[CALLER],
    action: 'CUSTOMER_EXPORTED',
    customerIds: exported.customerIds,
    requestId: context.requestId,
  });
  return exported;
};

export const CustomerDataExport: CustomerDataExportResolvers = {
  __resolveReference: (reference, { loaders }) => startCustomerDataExport(loaders, reference.customerId),
  customers: (exported, _args, { dataSource }) =>
    exportRows(dataSource, CUSTOMERS_EXPORT_TABLES, exported.customerIds),
};
