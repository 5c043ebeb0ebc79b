import type {
  ActivityEvent,
  MarketingSummary,
  SalesSummary,
  SupportSummary,
} from './__generated__/resolvers-types';
import type { CustomerEntity } from './entities/customer.entity';

/**
 * What the gateway hands over with a customer for the fields that `@requires` department data: each
 * department's summary and latest events. Null (or absent) means that department did not answer.
 */
export interface DepartmentInputs {
  marketingSummary?: MarketingSummary | null;
  salesSummary?: SalesSummary | null;
  supportSummary?: SupportSummary | null;
  marketingActivity?: ActivityEvent[] | null;
  salesActivity?: ActivityEvent[] | null;
  supportActivity?: ActivityEvent[] | null;
}

/**
 * The Customer type's parent in this subgraph: the stored customer plus any department inputs, and the id
 * the rest of the graph knows it by in this request (a merged alias, when a department's record pointed
 * at one), which `mergedIds` must then leave out and replace by the survivor's own id.
 */
export type CustomerModel = CustomerEntity & DepartmentInputs & { referencedAs?: string };
