import type { DataSource } from 'typeorm';
import type { CustomerDirectory } from '../../../lib/customer-directory';
import type { RequestInfo } from '../../../lib/server/subgraph-server';
import { createSalesLoaders, type SalesLoaders } from './loaders';

export interface SalesContext {
  dataSource: DataSource;
  loaders: SalesLoaders;
  customers: CustomerDirectory;
  requestId: string;
}

export function createSalesContext(dataSource: DataSource, request: RequestInfo): SalesContext {
  return {
    dataSource,
    loaders: createSalesLoaders(dataSource),
    customers: request.customers,
    requestId: request.requestId,
  };
}
