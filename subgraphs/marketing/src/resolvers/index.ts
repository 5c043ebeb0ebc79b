import { auditEventResolvers } from '../../../../lib/audit/audit-log-page';
import { DateTimeScalar, JsonScalar } from '../../../../lib/graphql/scalars';
import { departmentExportResolvers } from '../../../../lib/privacy/export-rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { MARKETING_EXPORT_TABLES } from '../data-export';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import { Campaign, Signal, Touch } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query,
  Mutation,
  Customer,
  AuditEvent: auditEventResolvers,
  CustomerDataExport: departmentExportResolvers('marketing', MARKETING_EXPORT_TABLES),
  Signal,
  Campaign,
  Touch,
};
