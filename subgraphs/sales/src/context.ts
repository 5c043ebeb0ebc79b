import type { DataSource } from 'typeorm';
import type { CustomerDirectory } from '../../../lib/customer-directory';
import { createSalesLoaders, type SalesLoaders } from './loaders';

export interface SalesContext {
  dataSource: DataSource;
  loaders: SalesLoaders;
  customers: CustomerDirectory;
  requestId: string;
}

export function createSalesContext(
  dataSource: DataSource,
  request: { requestId: string; customers: CustomerDirectory },
): SalesContext {
  return { dataSource, loaders: createSalesLoaders(dataSource), customers: request.customers, requestId: request.requestId };
}
