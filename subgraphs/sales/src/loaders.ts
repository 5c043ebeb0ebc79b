import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createByIdLoader,
  createCustomerQueryLoader,
  customerKeysFrom,
  rowsForKeys,
} from '../../../lib/db/by-id-loader';
import {
  type ActivityRow,
  type ActivitySource,
  createActivityLoaders,
} from '../../../lib/db/customer-activity';
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
/** How many open opportunity ids the summary lists. */
const OPEN_OPPORTUNITY_IDS_LIMIT = 10;

/**
 * Every per-customer sales figure for a batch of customers, in one statement: a LATERAL per customer key
 * over the rows of its id group (the customer and those merged into it).
 */
const SUMMARY_SQL = `
  SELECT k.key,
         o.order_count, o.paid_order_count, o.paid_order_count_365d, o.paid_order_count_90d,
         o.first_order_at, o.last_order_at, o.average_days_between_orders, rev.revenue,
         s.active_subscription_count, s.active_subscription_since, s.last_subscription_cancelled_at, s.mrr,
         p.open_opportunity_count, p.open_pipeline, p.last_opportunity_activity_at, oi.open_opportunity_ids
  FROM ${customerKeysFrom('$1')}
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS order_count,
           count(*) FILTER (WHERE ${PAID})::int AS paid_order_count,
           count(*) FILTER (WHERE ${PAID} AND ordered_at > now() - interval '365 days')::int AS paid_order_count_365d,
           count(*) FILTER (WHERE ${PAID} AND ordered_at > now() - interval '90 days')::int AS paid_order_count_90d,
           min(ordered_at) FILTER (WHERE ${PAID}) AS first_order_at,
           max(ordered_at) FILTER (WHERE ${PAID}) AS last_order_at,
           extract(epoch FROM max(ordered_at) FILTER (WHERE ${PAID}) - min(ordered_at) FILTER (WHERE ${PAID}))
             / 86400 / nullif(count(*) FILTER (WHERE ${PAID}) - 1, 0) AS average_days_between_orders
    FROM orders WHERE customer_id = ANY(k.ids)
  ) o
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('currency', currency, 'amountMinor', total, 'count', n)), '[]') AS revenue
    FROM (SELECT currency, sum(total_minor) AS total, count(*) AS n FROM orders
          WHERE customer_id = ANY(k.ids) AND ${PAID} GROUP BY currency) r
  ) rev
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE ${ACTIVE})::int AS active_subscription_count,
           min(started_at) FILTER (WHERE ${ACTIVE}) AS active_subscription_since,
           max(cancelled_at) AS last_subscription_cancelled_at,
           coalesce(json_agg(json_build_object('currency', currency, 'amountMinor', mrr_minor))
             FILTER (WHERE ${ACTIVE}), '[]') AS mrr
    FROM subscriptions WHERE customer_id = ANY(k.ids)
  ) s
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE ${OPEN})::int AS open_opportunity_count,
           max(updated_at) AS last_opportunity_activity_at,
           coalesce(json_agg(json_build_object('currency', currency, 'amountMinor', amount_minor))
             FILTER (WHERE ${OPEN}), '[]') AS open_pipeline
    FROM opportunities WHERE customer_id = ANY(k.ids)
  ) p
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(x.id::text ORDER BY x.updated_at DESC, x.id DESC), '{}') AS open_opportunity_ids
    FROM (
      SELECT id, updated_at FROM opportunities WHERE customer_id = ANY(k.ids) AND ${OPEN}
      ORDER BY updated_at DESC, id DESC LIMIT ${OPEN_OPPORTUNITY_IDS_LIMIT}
    ) x
  ) oi
  ORDER BY k.ord`;

interface SummaryRow {
  key: string;
  order_count: number;
  paid_order_count: number;
  paid_order_count_365d: number;
  paid_order_count_90d: number;
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
  open_opportunity_ids: string[];
}

function toSummary(row: SummaryRow): SalesSummary {
  const gap = row.average_days_between_orders;
  return {
    orderCount: row.order_count,
    paidOrderCount: row.paid_order_count,
    paidOrderCount365d: row.paid_order_count_365d,
    paidOrderCount90d: row.paid_order_count_90d,
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
    openOpportunityIds: row.open_opportunity_ids,
  };
}

/** What a customer sales has never seen, or a malformed id, is summarised as. */
const EMPTY_SUMMARY = toSummary({
  key: '',
  order_count: 0,
  paid_order_count: 0,
  paid_order_count_365d: 0,
  paid_order_count_90d: 0,
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
  open_opportunity_ids: [],
});

/**
 * Sales' timeline events, per source: an order placed, a subscription started (and a second event,
 * `SUBSCRIPTION:<id>:cancelled`, when it was cancelled), an opportunity opened or changed.
 */
const ACTIVITY_SOURCES: ActivitySource[] = [
  {
    kind: 'ORDER',
    select: (where) => `
      SELECT 'ORDER:' || o.id AS event_id, 'ORDER' AS kind, o.channel, o.ordered_at AS at,
             o.id::text AS source_id,
             json_build_object('status', o.status, 'totalMinor', o.total_minor, 'currency', o.currency,
               'items', (SELECT coalesce(sum(l.quantity), 0) FROM order_lines l WHERE l.order_id = o.id)) AS details
      FROM orders o WHERE ${where}`,
    ofCustomer: 'o.customer_id = ANY(k.ids)',
    bySourceId: 'o.id = ANY($1::uuid[])',
  },
  {
    kind: 'SUBSCRIPTION',
    select: (where) => `
      SELECT 'SUBSCRIPTION:' || s.id || e.suffix AS event_id, 'SUBSCRIPTION' AS kind, NULL::text AS channel,
             e.at, s.id::text AS source_id,
             json_build_object('event', e.event, 'plan', s.plan, 'status', s.status, 'mrrMinor', s.mrr_minor,
               'currency', s.currency) AS details
      FROM subscriptions s
      CROSS JOIN LATERAL (
        VALUES ('', 'started', s.started_at), (':cancelled', 'cancelled', s.cancelled_at)
      ) AS e(suffix, event, at)
      WHERE ${where} AND e.at IS NOT NULL`,
    ofCustomer: 's.customer_id = ANY(k.ids)',
    bySourceId: 's.id = ANY($1::uuid[])',
  },
  {
    kind: 'OPPORTUNITY',
    select: (where) => `
      SELECT 'OPPORTUNITY:' || p.id AS event_id, 'OPPORTUNITY' AS kind, NULL::text AS channel,
             p.updated_at AS at, p.id::text AS source_id,
             json_build_object('stage', p.stage, 'amountMinor', p.amount_minor, 'currency', p.currency,
               'opened', p.updated_at = p.created_at) AS details
      FROM opportunities p WHERE ${where}`,
    ofCustomer: 'p.customer_id = ANY(k.ids)',
    bySourceId: 'p.id = ANY($1::uuid[])',
  },
];

/** `5980 EUR` as `59.80 EUR`: the currency's own number of decimals (0 for JPY, 3 for KWD). */
export function formatMoney(amountMinor: number, currency: string): string {
  let decimals = 2;
  try {
    decimals =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2;
  } catch {
    // an unknown code (never stored: inputs are validated) keeps two decimals
  }
  const digits = String(Math.abs(amountMinor)).padStart(decimals + 1, '0');
  const major = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
  return `${amountMinor < 0 ? '-' : ''}${major} ${currency}`;
}

/** One line per sales event, from kinds, statuses, plans, counts and amounts (no names, no free text). */
function activitySummary(row: ActivityRow): string {
  const d = row.details;
  const amount = (minor: unknown) => formatMoney(Number(minor), String(d.currency));
  switch (row.kind) {
    case 'ORDER': {
      const items = Number(d.items);
      return `Order placed: ${items} ${items === 1 ? 'item' : 'items'}, ${amount(d.totalMinor)} (${d.status})`;
    }
    case 'SUBSCRIPTION':
      return d.event === 'cancelled'
        ? `Subscription cancelled: ${d.plan}`
        : `Subscription started: ${d.plan}, ${amount(d.mrrMinor)} a month (now ${d.status})`;
    default:
      return `Opportunity ${d.opened ? 'opened' : 'updated'}: ${d.stage}, ${amount(d.amountMinor)}`;
  }
}

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
    summaryByCustomer: createCustomerQueryLoader(dataSource, SUMMARY_SQL, toSummary, EMPTY_SUMMARY),
    ...createActivityLoaders(dataSource, 'SALES', ACTIVITY_SOURCES, activitySummary),
  };
  return {
    ...loaders,
    /**
     * After a write for this customer: its summary, activity and lists must be read again in this
     * request. They are cached per id group, and any group may hold this id, so all are forgotten.
     */
    forgetCustomer(_customerId: string) {
      loaders.summaryByCustomer.clearAll();
      loaders.activityByCustomer.clearAll();
      loaders.activityEventById.clearAll();
      loaders.ordersByCustomer.clearAll();
      loaders.subscriptionsByCustomer.clearAll();
      loaders.opportunitiesByCustomer.clearAll();
    },
  };
}

export type SalesLoaders = ReturnType<typeof createSalesLoaders>;
