import { DateTimeScalar } from '../../../../lib/graphql/scalars';
import type { Resolvers } from '../__generated__/resolvers-types';
import { Customer, CustomerIdentifier } from './customer';
import { Mutation } from './mutation';
import { Query } from './query';

export const resolvers: Resolvers = {
  DateTime: DateTimeScalar,
  Query,
  Mutation,
  Customer,
  CustomerIdentifier,
};
