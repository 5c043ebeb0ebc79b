import { DateTimeScalar, JsonScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { CustomerDataExport } from './customer-data-export';
import { Mutation } from './mutation';
import { Query } from './query';
import { AgentAssessment, CsatRating, Interaction, Ticket } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Query,
  Mutation,
  Customer,
  CustomerDataExport,
  Ticket,
  Interaction,
  CsatRating,
  AgentAssessment,
};
