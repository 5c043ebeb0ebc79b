import { DateTimeScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import { AgentAssessment, CsatRating, Interaction, Ticket } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Customer,
  Ticket,
  Interaction,
  CsatRating,
  AgentAssessment,
};
