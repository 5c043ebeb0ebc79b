import { auditEventResolvers } from '../../../../lib/audit/audit-log-page';
import { DateTimeScalar, JsonScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer, CustomerIdentifier } from './customer';
import { CustomerDataExport } from './customer-data-export';
import { Erasure, PendingErasure } from './erasure';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query,
  Mutation,
  Customer,
  AuditEvent: auditEventResolvers,
  CustomerIdentifier,
  CustomerDataExport,
  Erasure,
  PendingErasure,
};
