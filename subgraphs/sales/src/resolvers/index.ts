import { DateTimeScalar, JsonScalar, LongScalar } from '../../../../lib/graphql/scalars';
import { departmentExportResolvers } from '../../../../lib/privacy/export-rows';
import type { Resolvers } from '../__generated__/resolvers-types';
import { SALES_EXPORT_TABLES } from '../data-export';
import { Customer } from './customer';
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
  CustomerDataExport: departmentExportResolvers('sales', SALES_EXPORT_TABLES),
  Order,
  OrderLine,
  PlanSubscription,
  Opportunity,
};
