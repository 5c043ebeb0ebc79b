import type { DataSource } from 'typeorm';
import type { WithCaller } from '../../../lib/auth/directives';
import type { RequestInfo } from '../../../lib/server/subgraph-server';
import { type CustomersLoaders, createCustomersLoaders } from './loaders';

export interface CustomersContext extends WithCaller {
  dataSource: DataSource;
  loaders: CustomersLoaders;
  requestId: string;
}

export function createCustomersContext(dataSource: DataSource, request: RequestInfo): CustomersContext {
  return { dataSource, loaders: createCustomersLoaders(dataSource), requestId: request.requestId };
}
