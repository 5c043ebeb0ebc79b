import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createByIdLoader, rowsForKeys, valuesForKeys } from '../../../lib/db/by-id-loader';
import { createCustomerPageLoader } from '../../../lib/db/customer-page-loader';
import { groupByKey } from '../../../lib/db/hydrate';
import { type Money, sumByCurrency } from '../../../lib/money';
import type { SalesSummary } from './__generated__/resolvers-types';
import { OpportunityEntity } from './entities/opportunity.entity';
import { OrderEntity } from './entities/order.entity';
import { OrderLineEntity } from './entities/order-line.entity';
import { SubscriptionEntity } from './entities/subscription.entity';

const PAID = `status IN ('PAID', 'FULFILLED')`;
const ACTIVE = `status IN ('TRIALING', 'ACTIVE', 'PAST_DUE')`;
const OPEN = `stage NOT IN ('WON', 'LOST')`;

/** Every per-customer sales figure for a batch of customers, in one statement. */
const SUMMARY_SQL = `
  SELECT k.customer_id,
         o.order_count, o.paid_order_count, o.paid_order_count_365d, o.first_order_at, o.last_order_at,
         o.average_days_between_orders, rev.revenue,
         s.active_subscription_count, s.active_subscription_since, s.last_subscription_cancelled_at, s.mrr,
         p.open_opportunity_count, p.open_pipeline, p.last_opportunity_activity_at
  FROM unnest($1::uuid[]) WITH ORDINALITY AS k(customer_id, ord)
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS order_count,
           count(*) FILTER (WHERE ${PAID})::int AS paid_order_count,
           count(*) FILTER (WHERE ${PAID} AND ordered_at > now() - interval '365 days')::int AS paid_order_count_365d,
           min(ordered_at) FILTER (WHERE ${PAID}) AS first_order_at,
           max(ordered_at) FILTER (WHERE ${PAID}) AS last_order_at,
           extract(epoch FROM max(ordered_at) FILTER (WHERE ${PAID}) - min(ordered_at) FILTER (WHERE ${PAID}))
             / 86400 / nullif(count(*) FILTER (WHERE ${PAID}) - 1, 0) AS average_days_between_orders
    FROM orders WHERE customer_id = k.customer_id
  ) o
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('currency', currency, 'amountMinor', total, 'count', n)), '[]') AS revenue
    FROM (SELECT currency, sum(total_minor) AS total, count(*) AS n FROM orders
          WHERE customer_id = k.customer_id AND ${PAID} GROUP BY currency) r
  ) rev
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE ${ACTIVE})::int AS active_subscription_count,
           min(started_at) FILTER (WHERE ${ACTIVE}) AS active_subscription_since,
           max(cancelled_at) AS last_subscription_cancelled_at,
           coalesce(json_agg(json_build_object('currency', currency, 'amountMinor', mrr_minor))
             FILTER (WHERE ${ACTIVE}), '[]') AS mrr
    FROM subscriptions WHERE customer_id = k.customer_id
  ) s
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE ${OPEN})::int AS open_opportunity_count,
           max(updated_at) AS last_opportunity_activity_at,
           coalesce(json_agg(json_build_object('currency', currency, 'amountMinor', amount_minor))
             FILTER (WHERE ${OPEN}), '[]') AS open_pipeline
    FROM opportunities WHERE customer_id = k.customer_id
  ) p
  ORDER BY k.ord`;

interface SummaryRow {
  customer_id: string;
  order_count: number;
  paid_order_count: number;
  paid_order_count_365d: number;
  first_order_at: Date | null;
  last_order_at: Date | null;
  average_days_between_orders: number | string | null;
  revenue: Array<Money & { count: number }>;
  active_subscription_count: number;
  active_subscription_since: Date | null;
  last_subscription_cancelled_at: Date | null;
  mrr: Money[];
  open_opportunity_count: number;
  open_pipeline: Money[];
  last_opportunity_activity_at: Date | null;
}

function toSummary(row: SummaryRow): SalesSummary {
  const gap = row.average_days_between_orders;
  return {
    orderCount: row.order_count,
    paidOrderCount: row.paid_order_count,
    paidOrderCount365d: row.paid_order_count_365d,
    netRevenue: sumByCurrency(
      row.revenue.map(({ currency, amountMinor }) => ({ currency, amountMinor: Number(amountMinor) })),
    ),
    averageOrderValue: row.revenue
      .map(({ currency, amountMinor, count }) => ({
        currency,
        amountMinor: Math.round(Number(amountMinor) / count),
      }))
      .sort((a, b) => b.amountMinor - a.amountMinor),
    firstOrderAt: row.first_order_at,
    lastOrderAt: row.last_order_at,
    averageDaysBetweenOrders: gap === null ? null : Math.round(Number(gap) * 10) / 10,
    activeSubscriptionCount: row.active_subscription_count,
    mrr: sumByCurrency(row.mrr),
    activeSubscriptionSince: row.active_subscription_since,
    lastSubscriptionCancelledAt: row.last_subscription_cancelled_at,
    openOpportunityCount: row.open_opportunity_count,
    openPipeline: sumByCurrency(row.open_pipeline),
    lastOpportunityActivityAt: row.last_opportunity_activity_at,
  };
}

/** What a customer sales has never seen, or a malformed id, is summarised as. */
const EMPTY_SUMMARY = toSummary({
  customer_id: '',
  order_count: 0,
  paid_order_count: 0,
  paid_order_count_365d: 0,
  first_order_at: null,
  last_order_at: null,
  average_days_between_orders: null,
  revenue: [],
  active_subscription_count: 0,
  active_subscription_since: null,
  last_subscription_cancelled_at: null,
  mrr: [],
  open_opportunity_count: 0,
  open_pipeline: [],
  last_opportunity_activity_at: null,
});

export function createSalesLoaders(dataSource: DataSource) {
  const loaders = {
    orderById: createByIdLoader(dataSource, OrderEntity),
    subscriptionById: createByIdLoader(dataSource, SubscriptionEntity),
    opportunityById: createByIdLoader(dataSource, OpportunityEntity),
    linesByOrder: new DataLoader<string, OrderLineEntity[]>(async (orderIds) =>
      groupByKey(
        orderIds,
        await rowsForKeys(dataSource, OrderLineEntity, 'orderId', orderIds, ['orderId', 'lineNo']),
        (line) => line.orderId,
      ),
    ),
    ordersByCustomer: createCustomerPageLoader(dataSource, OrderEntity, {
      table: 'orders',
      ownerColumn: 'customer_id',
      sortColumn: 'ordered_at',
      filterSql: '($5::text[] IS NULL OR t.status = ANY($5::text[]))',
    }),
    subscriptionsByCustomer: createCustomerPageLoader(dataSource, SubscriptionEntity, {
      table: 'subscriptions',
      ownerColumn: 'customer_id',
      sortColumn: 'started_at',
    }),
    opportunitiesByCustomer: createCustomerPageLoader(dataSource, OpportunityEntity, {
      table: 'opportunities',
      ownerColumn: 'customer_id',
      sortColumn: 'updated_at',
    }),
    summaryByCustomer: new DataLoader<string, SalesSummary>((customerIds) =>
      valuesForKeys(
        customerIds,
        (ids): Promise<SummaryRow[]> => dataSource.query(SUMMARY_SQL, [ids]),
        (row) => row.customer_id,
        toSummary,
        EMPTY_SUMMARY,
      ),
    ),
  };
  return {
    ...loaders,
    /** After a write for this customer: its summary and lists must be read again in this request. */
    forgetCustomer(customerId: string) {
      loaders.summaryByCustomer.clear(customerId);
      loaders.ordersByCustomer.clearAll();
      loaders.subscriptionsByCustomer.clearAll();
      loaders.opportunitiesByCustomer.clearAll();
    },
  };
}

export type SalesLoaders = ReturnType<typeof createSalesLoaders>;
