import { DateTimeScalar, JsonScalar, LongScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer } from './customer';
import { CustomerDataExport } from './customer-data-export';
import { Mutation } from './mutation';
import { Query } from './query';
import { Opportunity, Order, OrderLine, PlanSubscription } from './records';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  JSON: JsonScalar,
  Long: LongScalar,
  Query,
  Mutation,
  Customer,
  CustomerDataExport,
  Order,
  OrderLine,
  PlanSubscription,
  Opportunity,
};
