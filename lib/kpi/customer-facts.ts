import type { KpiConfig } from './config';
import type { KeySignal, MarketingInputs, SalesInputs } from './inputs';
import { isOlderThanDays } from './time';

/** The signal kinds the formulas react to. */
type SignalKindName =
  | 'pricingView'
  | 'productResearch'
  | 'competitorComparison'
  | 'cartAbandoned'
  | 'checkoutError'
  | 'cancelIntent';

export const SIGNAL_KIND: Readonly<Record<SignalKindName, string>> = {
  pricingView: 'PRICING_VIEW',
  productResearch: 'PRODUCT_RESEARCH',
  competitorComparison: 'COMPETITOR_COMPARISON',
  cartAbandoned: 'CART_ABANDONED',
  checkoutError: 'CHECKOUT_ERROR',
  cancelIntent: 'CANCEL_SUBSCRIPTION_INTENT',
};

/** Has been a paying customer: a paid order, an active subscription or a cancelled one. */
export function hasEverBought(sales: SalesInputs): boolean {
  return (
    sales.paidOrderCount > 0 ||
    sales.activeSubscriptionCount > 0 ||
    sales.lastSubscriptionCancelledAt !== null
  );
}

export function hasActiveSubscription(sales: SalesInputs): boolean {
  return sales.activeSubscriptionCount > 0;
}

/** The day count after which purchases have lapsed, or null when a lapse cannot be judged (see config). */
export function purchaseLapseLimitDays(sales: SalesInputs, config: KpiConfig): number | null {
  const { multiplier, minPaidOrders } = config.purchaseLapse;
  if (sales.paidOrderCount < minPaidOrders || hasActiveSubscription(sales)) return null;
  if (sales.averageDaysBetweenOrders === null || sales.lastOrderAt === null) return null;
  return multiplier * sales.averageDaysBetweenOrders;
}

/** No paid order for more than `multiplier` × the customer's usual interval. */
export function hasPurchaseLapsed(sales: SalesInputs, now: Date, config: KpiConfig): boolean {
  const limitDays = purchaseLapseLimitDays(sales, config);
  return (
    limitDays !== null && sales.lastOrderAt !== null && isOlderThanDays(now, sales.lastOrderAt, limitDays)
  );
}

/** The latest key signal of a kind, or null. */
export function latestSignal(marketing: MarketingInputs, kind: string): KeySignal | null {
  let latest: KeySignal | null = null;
  for (const signal of marketing.keySignals) {
    if (signal.kind === kind && (latest === null || signal.occurredAt > latest.occurredAt)) latest = signal;
  }
  return latest;
}

export function isOpenTicketStatus(status: string, config: KpiConfig): boolean {
  return !config.resolvedTicketStatuses.includes(status);
}
