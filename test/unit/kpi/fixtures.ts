import type {
  ContactChannel,
  CustomerInputs,
  KeySignal,
  KeyTicket,
  KpiInputs,
  MarketingInputs,
  SalesInputs,
  SupportInputs,
} from '../../../lib/kpi';
import { DAY_MS } from '../../../lib/kpi/time';

/** Every fixture's "now". */
export const NOW = new Date('2026-06-15T12:00:00.000Z');

/** `days` days before NOW, minus `extraMs` more (1 ms beyond a boundary: `daysAgo(30, 1)`). */
export function daysAgo(days: number, extraMs = 0): Date {
  return new Date(NOW.getTime() - days * DAY_MS - extraMs);
}

export function iso(date: Date): string {
  return date.toISOString();
}

export function emptyMarketing(): MarketingInputs {
  return {
    signalCount90d: 0,
    lastSignalAt: null,
    lastEngagedAt: null,
    lastPricingViewAt: null,
    lastProductResearchAt: null,
    lastCompetitorComparisonAt: null,
    lastCartAbandonedAt: null,
    lastCheckoutErrorAt: null,
    lastCancelIntentAt: null,
    lastUnsubscribeAt: null,
    keySignals: [],
    engagementRate90d: null,
    consentedChannels: [],
    marketingChannels: [],
    serviceChannels: [],
    preferredChannel: null,
    leadScore: null,
    leadStatus: null,
  };
}

export function emptySales(): SalesInputs {
  return {
    orderCount: 0,
    paidOrderCount: 0,
    paidOrderCount90d: 0,
    paidOrderCount365d: 0,
    netRevenue: [],
    averageOrderValue: [],
    mrr: [],
    openPipeline: [],
    firstOrderAt: null,
    lastOrderAt: null,
    averageDaysBetweenOrders: null,
    activeSubscriptionCount: 0,
    activeSubscriptionSince: null,
    lastSubscriptionCancelledAt: null,
    openOpportunityCount: 0,
    lastOpportunityActivityAt: null,
    openOpportunityIds: [],
  };
}

export function emptySupport(): SupportInputs {
  return {
    ticketCount: 0,
    openTicketCount: 0,
    ticketsOpenLongerThan7Days: 0,
    lastTicketOpenedAt: null,
    lastContactAt: null,
    contactCount90d: 0,
    repeatContactCount90d: 0,
    reopenedCount90d: 0,
    transferCount90d: 0,
    botToHumanHandoffCount90d: 0,
    escalatedCount90d: 0,
    resolvedCount90d: 0,
    firstContactResolutionCount90d: 0,
    firstContactResolutionRate90d: null,
    medianResolutionHours90d: null,
    medianFirstResponseHours90d: null,
    lastCsat: null,
    lastCsatAt: null,
    csatCount90d: 0,
    averageCsat90d: null,
    averageAgentAssessment90d: null,
    csatAndAssessmentPairs90d: 0,
    averageAssessmentMinusCsat90d: null,
    keyTickets: [],
  };
}

const CHANNEL_ORDER: readonly ContactChannel[] = ['EMAIL', 'SMS', 'PHONE', 'PUSH', 'POST'];

type ConsentFields = Pick<MarketingInputs, 'consentedChannels' | 'marketingChannels' | 'serviceChannels'>;

/**
 * The consent fields as marketing returns them: the channels with a granted MARKETING and SERVICE
 * consent, and their union, each in ContactChannel order.
 */
export function consents(
  marketing: readonly ContactChannel[],
  service: readonly ContactChannel[],
): ConsentFields {
  const inOrder = (channels: readonly ContactChannel[]) =>
    CHANNEL_ORDER.filter((channel) => channels.includes(channel));
  return {
    consentedChannels: inOrder([...marketing, ...service]),
    marketingChannels: inOrder(marketing),
    serviceChannels: inOrder(service),
  };
}

/** Fields to change; `null` for a department makes it unavailable. */
export interface InputOverrides {
  now?: Date;
  customer?: Partial<CustomerInputs>;
  marketing?: Partial<MarketingInputs> | null;
  sales?: Partial<SalesInputs> | null;
  support?: Partial<SupportInputs> | null;
}

/**
 * A customer every department knows nothing about (all zeros and nulls, reachable by email and phone),
 * changed by `overrides`.
 */
export function baseInputs(overrides: InputOverrides = {}): KpiInputs {
  return {
    // A copy, so a test that changes its `now` cannot change NOW.
    now: new Date((overrides.now ?? NOW).getTime()),
    customer: { id: 'customer-1', hasEmail: true, hasPhone: true, ...overrides.customer },
    marketing: overrides.marketing === null ? null : { ...emptyMarketing(), ...overrides.marketing },
    sales: overrides.sales === null ? null : { ...emptySales(), ...overrides.sales },
    support: overrides.support === null ? null : { ...emptySupport(), ...overrides.support },
  };
}

export function keySignal(signalId: string, kind: string, occurredAt: Date): KeySignal {
  return { signalId, kind, channel: 'WEB', topic: null, occurredAt };
}

export function keyTicket(ticketId: string, overrides: Partial<KeyTicket> = {}): KeyTicket {
  return {
    ticketId,
    status: 'RESOLVED',
    channel: 'EMAIL',
    openedAt: daysAgo(10),
    resolvedAt: daysAgo(9),
    reopenedCount: 0,
    transferCount: 0,
    botToHumanHandoff: false,
    escalated: false,
    ...overrides,
  };
}

export function eur(amountMinor: number): { currency: string; amountMinor: number } {
  return { currency: 'EUR', amountMinor };
}
