import type { DataSource } from 'typeorm';
import type { WithCaller } from '../../../lib/auth/directives';
import type { CustomerDirectory } from '../../../lib/customer-directory';
import type { RequestInfo } from '../../../lib/server/subgraph-server';
import { createMarketingLoaders, type MarketingLoaders } from './loaders';

export interface MarketingContext extends WithCaller {
  dataSource: DataSource;
  loaders: MarketingLoaders;
  customers: CustomerDirectory;
  requestId: string;
}

export function createMarketingContext(dataSource: DataSource, request: RequestInfo): MarketingContext {
  return {
    dataSource,
    loaders: createMarketingLoaders(dataSource),
    customers: request.customers,
    requestId: request.requestId,
  };
}
