import type { DataSource } from 'typeorm';
import type { CustomerDirectory } from '../../../lib/customer-directory';
import type { RequestInfo } from '../../../lib/server/subgraph-server';
import { createSupportLoaders, type SupportLoaders } from './loaders';

export interface SupportContext {
  dataSource: DataSource;
  loaders: SupportLoaders;
  customers: CustomerDirectory;
  requestId: string;
}

export function createSupportContext(dataSource: DataSource, request: RequestInfo): SupportContext {
  return {
    dataSource,
    loaders: createSupportLoaders(dataSource),
    customers: request.customers,
    requestId: request.requestId,
  };
}
