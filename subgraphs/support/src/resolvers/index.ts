import { DateTimeScalar, JsonScalar } from '../../../../lib/graphql/scalars';
import { departmentExportResolvers } from '../../../../lib/privacy/export-rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { SUPPORT_EXPORT_TABLES } from '../data-export';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import { AgentAssessment, CsatRating, Interaction, Ticket } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query,
  Mutation,
  Customer,
  CustomerDataExport: departmentExportResolvers('support', SUPPORT_EXPORT_TABLES),
  Ticket,
  Interaction,
  CsatRating,
  AgentAssessment,
};
