import type { KpiInputs, MarketingInputs, SalesInputs, SupportInputs } from '../../../lib/kpi/inputs';
import { type Money, money } from '../../../lib/money';
import type { MarketingSummary, SalesSummary, SupportSummary } from './__generated__/resolvers-types';
import type { CustomerModel } from './models';

type Time = Date | string;

const time = (value: Time): Date => new Date(value);
const maybeTime = (value: Time | null | undefined): Date | null => (value == null ? null : new Date(value));
const moneys = (amounts: ReadonlyArray<Money>): Money[] =>
  amounts.map(({ amountMinor, currency }) => money(amountMinor, currency));

function marketingInputs(summary: MarketingSummary): MarketingInputs {
  return {
    signalCount90d: summary.signalCount90d,
    lastSignalAt: maybeTime(summary.lastSignalAt),
    lastEngagedAt: maybeTime(summary.lastEngagedAt),
    lastPricingViewAt: maybeTime(summary.lastPricingViewAt),
    lastProductResearchAt: maybeTime(summary.lastProductResearchAt),
    lastCompetitorComparisonAt: maybeTime(summary.lastCompetitorComparisonAt),
    lastCartAbandonedAt: maybeTime(summary.lastCartAbandonedAt),
    lastCheckoutErrorAt: maybeTime(summary.lastCheckoutErrorAt),
    lastCancelIntentAt: maybeTime(summary.lastCancelIntentAt),
    lastUnsubscribeAt: maybeTime(summary.lastUnsubscribeAt),
    keySignals: summary.keySignals.map((signal) => ({
      signalId: signal.signalId,
      kind: signal.kind,
      channel: signal.channel,
      topic: signal.topic ?? null,
      occurredAt: time(signal.occurredAt),
    })),
    engagementRate90d: summary.engagementRate90d ?? null,
    consentedChannels: [...summary.consentedChannels],
    marketingChannels: [...summary.marketingChannels],
    serviceChannels: [...summary.serviceChannels],
    preferredChannel: summary.preferredChannel ?? null,
    leadScore: summary.leadScore ?? null,
    leadStatus: summary.leadStatus ?? null,
  };
}

function salesInputs(summary: SalesSummary): SalesInputs {
  return {
    orderCount: summary.orderCount,
    paidOrderCount: summary.paidOrderCount,
    paidOrderCount90d: summary.paidOrderCount90d,
    paidOrderCount365d: summary.paidOrderCount365d,
    netRevenue: moneys(summary.netRevenue),
    averageOrderValue: moneys(summary.averageOrderValue),
    mrr: moneys(summary.mrr),
    openPipeline: moneys(summary.openPipeline),
    firstOrderAt: maybeTime(summary.firstOrderAt),
    lastOrderAt: maybeTime(summary.lastOrderAt),
    averageDaysBetweenOrders: summary.averageDaysBetweenOrders ?? null,
    activeSubscriptionCount: summary.activeSubscriptionCount,
    activeSubscriptionSince: maybeTime(summary.activeSubscriptionSince),
    lastSubscriptionCancelledAt: maybeTime(summary.lastSubscriptionCancelledAt),
    openOpportunityCount: summary.openOpportunityCount,
    lastOpportunityActivityAt: maybeTime(summary.lastOpportunityActivityAt),
    openOpportunityIds: [...summary.openOpportunityIds],
  };
}

function supportInputs(summary: SupportSummary): SupportInputs {
  return {
    ticketCount: summary.ticketCount,
    openTicketCount: summary.openTicketCount,
    ticketsOpenLongerThan7Days: summary.ticketsOpenLongerThan7Days,
    lastTicketOpenedAt: maybeTime(summary.lastTicketOpenedAt),
    lastContactAt: maybeTime(summary.lastContactAt),
    contactCount90d: summary.contactCount90d,
    repeatContactCount90d: summary.repeatContactCount90d,
    reopenedCount90d: summary.reopenedCount90d,
    transferCount90d: summary.transferCount90d,
    botToHumanHandoffCount90d: summary.botToHumanHandoffCount90d,
    escalatedCount90d: summary.escalatedCount90d,
    resolvedCount90d: summary.resolvedCount90d,
    firstContactResolutionCount90d: summary.firstContactResolutionCount90d,
    firstContactResolutionRate90d: summary.firstContactResolutionRate90d ?? null,
    medianResolutionHours90d: summary.medianResolutionHours90d ?? null,
    medianFirstResponseHours90d: summary.medianFirstResponseHours90d ?? null,
    lastCsat: summary.lastCsat ?? null,
    lastCsatAt: maybeTime(summary.lastCsatAt),
    csatCount90d: summary.csatCount90d,
    averageCsat90d: summary.averageCsat90d ?? null,
    averageAgentAssessment90d: summary.averageAgentAssessment90d ?? null,
    csatAndAssessmentPairs90d: summary.csatAndAssessmentPairs90d,
    averageAssessmentMinusCsat90d: summary.averageAssessmentMinusCsat90d ?? null,
    keyTickets: summary.keyTickets.map((ticket) => ({
      ticketId: ticket.ticketId,
      status: ticket.status,
      channel: ticket.channel,
      openedAt: time(ticket.openedAt),
      resolvedAt: maybeTime(ticket.resolvedAt),
      reopenedCount: ticket.reopenedCount,
      transferCount: ticket.transferCount,
      botToHumanHandoff: ticket.botToHumanHandoff,
      escalated: ticket.escalated,
    })),
  };
}

/** The KPI module's inputs from the customer and the summaries the gateway sent along; null = unavailable. */
export function kpiInputsOf(customer: CustomerModel, now: Date): KpiInputs {
  return {
    now,
    customer: { id: customer.id, hasEmail: customer.email !== null, hasPhone: customer.phone !== null },
    marketing: customer.marketingSummary ? marketingInputs(customer.marketingSummary) : null,
    sales: customer.salesSummary ? salesInputs(customer.salesSummary) : null,
    support: customer.supportSummary ? supportInputs(customer.supportSummary) : null,
  };
}
