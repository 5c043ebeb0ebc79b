import type { SubgraphName } from '../lib/config';
import type { SubgraphModule } from '../lib/server/subgraph-server';
import { customersSubgraph } from '../subgraphs/customers/src/subgraph';
import { marketingSubgraph } from '../subgraphs/marketing/src/subgraph';
import { salesSubgraph } from '../subgraphs/sales/src/subgraph';
import { supportSubgraph } from '../subgraphs/support/src/subgraph';

/** Every subgraph module by name, for the tools that run or seed all of them. */
// biome-ignore lint/suspicious/noExplicitAny: each module has its own context type; callers only pass it through
export const SUBGRAPHS: Record<SubgraphName, SubgraphModule<any>> = {
  customers: customersSubgraph,
  marketing: marketingSubgraph,
  sales: salesSubgraph,
  support: supportSubgraph,
};
