import type { ExportTable } from '../../../lib/privacy/export-rows';
import { appliedRequestsExport } from '../../../lib/privacy/shared-export-tables';
import { OpportunityEntity } from './entities/opportunity.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderLineEntity } from './entities/order-line.entity';
import { SubscriptionEntity } from './entities/subscription.entity';

/** Every table in which sales holds rows about a customer, as `CustomerDataExport.sales` exports them. */
export const SALES_EXPORT_TABLES: readonly ExportTable[] = [
  {
    name: 'orders',
    entity: OrderEntity,
    sql: 'SELECT * FROM orders WHERE customer_id = ANY($1::uuid[]) ORDER BY ordered_at, id',
  },
  {
    name: 'orderLines',
    entity: OrderLineEntity,
    sql: `SELECT l.* FROM order_lines l JOIN orders o ON o.id = l.order_id
          WHERE o.customer_id = ANY($1::uuid[]) ORDER BY o.ordered_at, o.id, l.line_no`,
  },
  {
    name: 'subscriptions',
    entity: SubscriptionEntity,
    sql: 'SELECT * FROM subscriptions WHERE customer_id = ANY($1::uuid[]) ORDER BY started_at, id',
  },
  {
    name: 'opportunities',
    entity: OpportunityEntity,
    sql: 'SELECT * FROM opportunities WHERE customer_id = ANY($1::uuid[]) ORDER BY created_at, id',
  },
  appliedRequestsExport(),
];
