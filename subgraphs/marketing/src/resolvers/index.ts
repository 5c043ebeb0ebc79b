import { DateTimeScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import { Campaign, Signal, Touch } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Customer,
  Signal,
  Campaign,
  Touch,
};
