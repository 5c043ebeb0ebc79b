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

/** The Customer type's parent in this subgraph: the stored customer plus any department inputs. */
export type CustomerModel = CustomerEntity & DepartmentInputs;
