import type { Money } from '../money';

/**
 * What the KPI formulas read: the departments' per-customer summary fields, exactly as the graph
 * returns them (DateTime parsed to Date). A department that could not answer is `null`.
 */
export interface KpiInputs {
  /** The moment the KPIs are computed for; every window ends here. */
  now: Date;
  customer: CustomerInputs;
  /** `null`: the marketing department was unavailable. */
  marketing: MarketingInputs | null;
  /** `null`: the sales department was unavailable. */
  sales: SalesInputs | null;
  /** `null`: the support department was unavailable. */
  support: SupportInputs | null;
}

export type ContactChannel = 'EMAIL' | 'SMS' | 'PHONE' | 'PUSH' | 'POST';

/** A consent purpose that allows contacting the customer (PROFILING does not). */
export type ContactPurpose = 'MARKETING' | 'SERVICE';

export interface CustomerInputs {
  id: string;
  hasEmail: boolean;
  hasPhone: boolean;
}

/** The latest signal of one key kind. */
export interface KeySignal {
  signalId: string;
  /** A `SignalKind` such as 'CANCEL_SUBSCRIPTION_INTENT'; new kinds may appear, so any string. */
  kind: string;
  channel: string;
  topic: string | null;
  occurredAt: Date;
}

export interface MarketingInputs {
  signalCount90d: number;
  /** The latest signal of any kind, an UNSUBSCRIBE included. */
  lastSignalAt: Date | null;
  /** The latest engagement: any signal but an UNSUBSCRIBE, or an open or click of a campaign message. */
  lastEngagedAt: Date | null;
  lastPricingViewAt: Date | null;
  lastProductResearchAt: Date | null;
  lastCompetitorComparisonAt: Date | null;
  lastCartAbandonedAt: Date | null;
  lastCheckoutErrorAt: Date | null;
  lastCancelIntentAt: Date | null;
  lastUnsubscribeAt: Date | null;
  /** The latest signal of each key kind, most recent first. */
  keySignals: KeySignal[];
  engagementRate90d: number | null;
  /** Channels with a granted MARKETING or SERVICE consent (the union of the two below), in ContactChannel order. */
  consentedChannels: ContactChannel[];
  /** Channels with a granted MARKETING consent, in ContactChannel order. */
  marketingChannels: ContactChannel[];
  /** Channels with a granted SERVICE consent, in ContactChannel order. */
  serviceChannels: ContactChannel[];
  preferredChannel: ContactChannel | null;
  leadScore: number | null;
  leadStatus: string | null;
}

export interface SalesInputs {
  orderCount: number;
  paidOrderCount: number;
  paidOrderCount90d: number;
  paidOrderCount365d: number;
  /** One entry per currency, largest first (also for the other amounts below). */
  netRevenue: Money[];
  averageOrderValue: Money[];
  mrr: Money[];
  openPipeline: Money[];
  firstOrderAt: Date | null;
  lastOrderAt: Date | null;
  averageDaysBetweenOrders: number | null;
  activeSubscriptionCount: number;
  activeSubscriptionSince: Date | null;
  lastSubscriptionCancelledAt: Date | null;
  openOpportunityCount: number;
  lastOpportunityActivityAt: Date | null;
  /** Most recently updated first. */
  openOpportunityIds: string[];
}

/** One of the customer's recent (90 days) or still open tickets. */
export interface KeyTicket {
  ticketId: string;
  /** A `TicketStatus` such as 'OPEN', 'PENDING', 'RESOLVED' or 'CLOSED'. */
  status: string;
  channel: string;
  openedAt: Date;
  resolvedAt: Date | null;
  reopenedCount: number;
  transferCount: number;
  botToHumanHandoff: boolean;
  escalated: boolean;
}

export interface SupportInputs {
  ticketCount: number;
  openTicketCount: number;
  ticketsOpenLongerThan7Days: number;
  lastTicketOpenedAt: Date | null;
  lastContactAt: Date | null;
  contactCount90d: number;
  /** Tickets in the last 90 days opened within 7 days of the previous one, or reopened. */
  repeatContactCount90d: number;
  reopenedCount90d: number;
  transferCount90d: number;
  botToHumanHandoffCount90d: number;
  escalatedCount90d: number;
  resolvedCount90d: number;
  firstContactResolutionCount90d: number;
  firstContactResolutionRate90d: number | null;
  medianResolutionHours90d: number | null;
  medianFirstResponseHours90d: number | null;
  lastCsat: number | null;
  lastCsatAt: Date | null;
  csatCount90d: number;
  averageCsat90d: number | null;
  averageAgentAssessment90d: number | null;
  csatAndAssessmentPairs90d: number;
  averageAssessmentMinusCsat90d: number | null;
  /** The most recent tickets of the last 90 days plus any still open, newest first, at most 10. */
  keyTickets: KeyTicket[];
}
