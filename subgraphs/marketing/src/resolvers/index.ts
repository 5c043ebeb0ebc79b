import { auditEventResolvers } from '../../../../lib/audit/audit-log-page';
import { DateTimeScalar, JsonScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { CustomerDataExport } from './customer-data-export';
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
  CustomerDataExport,
  Signal,
  Campaign,
  Touch,
};
