import { DateTimeScalar, LongScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';
import { Opportunity, Order, OrderLine, PlanSubscription } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Long: LongScalar,
  Query,
  Mutation,
  Customer,
  Order,
  OrderLine,
  PlanSubscription,
  Opportunity,
};
