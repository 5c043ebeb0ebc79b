/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of thing happened in a timeline event. */
export type ActivityKind =
  /** A consent granted or withdrawn. */
  | 'CONSENT_CHANGE'
  /** A satisfaction rating given. */
  | 'CSAT'
  /** A message or transfer within a ticket. */
  | 'INTERACTION'
  /** A sales opportunity opened or moved. */
  | 'OPPORTUNITY'
  /** An order placed. */
  | 'ORDER'
  /** A behavioural signal (page view, pricing view, checkout error…). */
  | 'SIGNAL'
  /** A subscription started, changed or cancelled. */
  | 'SUBSCRIPTION'
  /** A support ticket opened. */
  | 'TICKET'
  /** A campaign message sent to the customer. */
  | 'TOUCH';

/** What a consent allows contact for. */
export type ConsentPurpose =
  /** Promotional messages. */
  | 'MARKETING'
  /** Personalisation based on the customer's behaviour. */
  | 'PROFILING'
  /** Service messages about the customer's orders, account and tickets. */
  | 'SERVICE';

/** A channel the business can contact the customer on. */
export type ContactChannel =
  /** Email. */
  | 'EMAIL'
  /** Phone call. */
  | 'PHONE'
  /** Letter. */
  | 'POST'
  /** Push notification in the app. */
  | 'PUSH'
  /** Text message. */
  | 'SMS';

/** The department an activity, action or input belongs to. */
export type Department =
  /** Marketing: signals, consent, campaigns, leads. */
  | 'MARKETING'
  /** Sales: orders, subscriptions, opportunities. */
  | 'SALES'
  /** Support: tickets, interactions, satisfaction. */
  | 'SUPPORT';

/** What a next best action rests on. */
export type EvidenceKind =
  /** A sales opportunity. */
  | 'OPPORTUNITY'
  /** A sales order. */
  | 'ORDER'
  /** A marketing signal. */
  | 'SIGNAL'
  /** A support ticket. */
  | 'TICKET';

/** An id in another system. */
export type ExternalIdInput = {
  /** The id in that system. */
  externalId: string;
  /** The system's name, e.g. crm or helpdesk. */
  system: string;
};

/** One identifier: set exactly one of `email`, `phone` or `external`. */
export type IdentifierInput = {
  /** An email address; normalized (trimmed, lower-case). */
  email?: string | null | undefined;
  /** An id in another system. */
  external?: ExternalIdInput | null | undefined;
  /** A phone number, E.164 (+4930123456) or national with `phoneCountry`; normalized to E.164. */
  phone?: string | null | undefined;
  /** Country (ISO 3166-1 alpha-2) in which a national `phone` is read, e.g. DE for 030 123456. */
  phoneCountry?: string | null | undefined;
};

/** Kind of identifier. */
export type IdentifierKind =
  /** A normalized email address. */
  | 'EMAIL'
  /** An id in another system (CRM, helpdesk, shop), with the system's name. */
  | 'EXTERNAL'
  /** An E.164 phone number. */
  | 'PHONE';

/** A dimension to break the lifecycle KPIs down by. */
export type KpiDimension =
  /** All customers together (group ALL). */
  | 'ALL'
  /** By country (UNKNOWN when none is known). */
  | 'COUNTRY'
  /** By preferred channel (UNKNOWN when none is known). */
  | 'PREFERRED_CHANNEL'
  /** By lifecycle stage. */
  | 'STAGE';

/** Where a customer stands in the lifecycle; the most recent signal overrides history. */
export type LifecycleStage =
  /** A paid order in the last 365 days or an active subscription. */
  | 'ACTIVE'
  /** Fresh cancel intent or competitor research, stuck tickets, repeat contacts, or an overdue order. */
  | 'AT_RISK'
  /** No active subscription, no paid order in 365 days and no engagement in 180 days. */
  | 'CHURNED'
  /** Engaged in the last 90 days or with an open opportunity; never bought. */
  | 'LEAD'
  /** At least 4 paid orders or 12 months subscribed, and active in the last 180 days. */
  | 'LOYAL'
  /** First paid order within the last 90 days. */
  | 'NEW'
  /** Not yet engaged, no open opportunity, never bought. */
  | 'PROSPECT';

/** What to do next about a customer. */
export type NextBestActionKind =
  /** A person takes over after repeat contacts, a failed bot conversation or a poor rating. */
  | 'ESCALATE_TO_HUMAN'
  /** Nothing: the customer needs nothing from us now (silence is success). */
  | 'NO_ACTION'
  /** Support reaches out about friction (a checkout error, an abandoned cart) before the customer writes in. */
  | 'PROACTIVE_SUPPORT'
  /** Thank a loyal, high-value customer. */
  | 'RECOGNITION'
  /** A person reaches out to keep a customer who showed cancel intent. */
  | 'RETENTION_OUTREACH'
  /** Sales follows up fresh product or pricing research, with its context. */
  | 'SALES_HANDOFF';

/** Lifecycle of an order. */
export type OrderStatus =
  /** Cancelled before payment; counts as no revenue. */
  | 'CANCELLED'
  /** Paid and shipped or delivered. */
  | 'FULFILLED'
  /** Paid. */
  | 'PAID'
  /** Placed, not yet paid. */
  | 'PENDING'
  /** Paid and then refunded; counts as no revenue. */
  | 'REFUNDED';

/** How the preferred channel was determined. */
export type PreferredChannelSource =
  /** The customer (or an agent for them) chose it. */
  | 'EXPLICIT'
  /**
   * Inferred: among the channels with a granted MARKETING or SERVICE consent, the one the customer engaged
   * with most in the last 180 days (opened or clicked messages; email signals count for EMAIL, app signals for PUSH).
   */
  | 'INFERRED';

/** Where a signal was captured. */
export type SignalChannel =
  /** The mobile app. */
  | 'APP'
  /** An email (open and click tracking). */
  | 'EMAIL'
  /** The website. */
  | 'WEB';

/** One signal to record. */
export type SignalInput = {
  /** Where it was captured. */
  channel: SignalChannel;
  /** The sender's own id for the event, its idempotency key: unique across all signals whatever the customer (at most 200 characters). */
  clientEventId: string;
  /** The customer who did it: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: string | null | undefined;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: IdentifierInput | null | undefined;
  /** What the customer did. */
  kind: SignalKind;
  /** When the customer did it; not in the future. */
  occurredAt: string;
  /** What it was about, as a slug of letters, digits and dashes (at most 100), e.g. pricing, plan-pro, checkout. */
  topic?: string | null | undefined;
  /** The page or link (at most 2000 characters). */
  url?: string | null | undefined;
};

/** What a signal says the customer did. */
export type SignalKind =
  /** Started to cancel a subscription (visited the cancel flow). */
  | 'CANCEL_SUBSCRIPTION_INTENT'
  /** Left a filled cart without buying. */
  | 'CART_ABANDONED'
  /** Hit an error during checkout. */
  | 'CHECKOUT_ERROR'
  /** Compared us with a competitor (comparison page, competitor keyword). */
  | 'COMPETITOR_COMPARISON'
  /** Clicked a link in an email. */
  | 'EMAIL_CLICK'
  /** Opened an email. */
  | 'EMAIL_OPEN'
  /** Submitted a form. */
  | 'FORM_SUBMIT'
  /** Viewed a page. */
  | 'PAGE_VIEW'
  /** Viewed pricing or a plan page. */
  | 'PRICING_VIEW'
  /** Read product details, specs or documentation. */
  | 'PRODUCT_RESEARCH'
  /** Unsubscribed from messages. */
  | 'UNSUBSCRIBE';

/** State of a subscription. */
export type SubscriptionStatus =
  /** Paying. */
  | 'ACTIVE'
  /** Ended. */
  | 'CANCELLED'
  /** A payment failed; still active. */
  | 'PAST_DUE'
  /** In a free trial. */
  | 'TRIALING';

/** Where a ticket stands. */
export type TicketStatus =
  /** Resolved and closed for good. */
  | 'CLOSED'
  /** Waiting for support to act. */
  | 'OPEN'
  /** Waiting for the customer or a third party; still unresolved. */
  | 'PENDING'
  /** Support considers the problem solved; the customer may still reopen it. */
  | 'RESOLVED';

export type AgentConsoleQueryVariables = Exact<{
  id: string;
}>;


export type AgentConsoleQuery = { customer: { id: string, displayName: string | null, kpis: { lifecycleStage: { value: LifecycleStage, rule: string, explanation: string, confidence: number, missing: Array<string> }, churnRisk: { value: number | null, factors: Array<{ name: string, contribution: number }> }, lifetimeValue: { value: { currency: string, totalMinor: number } | null }, silence: { value: number | null }, actionability: { value: number, actionable: boolean, missing: Array<string>, unavailableDepartments: Array<Department> }, nextBestAction: { action: NextBestActionKind, department: Department | null, channel: ContactChannel | null, humanRequired: boolean, reason: string, evidence: Array<{ kind: EvidenceKind, id: string }> } } | null, timeline: { totalCount: number, unavailableDepartments: Array<Department>, edges: Array<{ node: { occurredAt: string, department: Department, kind: ActivityKind, channel: string | null, summary: string } }> } | null } | null };

export type BiKpisQueryVariables = Exact<{
  from: string;
  to: string;
  groupBy?: Array<KpiDimension> | KpiDimension | null | undefined;
}>;


export type BiKpisQuery = { lifecycleKpis: Array<{ day: string, asOf: string, dimension: KpiDimension, group: string, customers: number, actionableShare: number, averageClvMinor: number | null, medianClvMinor: number | null, p90ClvMinor: number | null, averageChurnRisk: number, averageSilence: number, averagePerceptionGap: number | null, medianResolutionHours: number | null }> };

export type Customer360QueryVariables = Exact<{
  id: string;
}>;


export type Customer360Query = { customer: { id: string, displayName: string | null, email: string | null, country: string | null, marketingSummary: { signalCount90d: number, lastSignalAt: string | null, lastCancelIntentAt: string | null, lastCheckoutErrorAt: string | null, lastPricingViewAt: string | null, consentedChannels: Array<ContactChannel>, preferredChannel: ContactChannel | null, leadScore: number | null } | null, salesSummary: { paidOrderCount: number, lastOrderAt: string | null, activeSubscriptionCount: number, openOpportunityCount: number, netRevenue: Array<{ amountMinor: number, currency: string }>, mrr: Array<{ amountMinor: number, currency: string }> } | null, supportSummary: { ticketCount: number, openTicketCount: number, lastContactAt: string | null, contactCount90d: number, repeatContactCount90d: number, botToHumanHandoffCount90d: number, lastCsat: number | null } | null, signals: { totalCount: number, edges: Array<{ node: { id: string, kind: SignalKind, channel: SignalChannel, topic: string | null, occurredAt: string } }> } | null, orders: { totalCount: number, edges: Array<{ node: { id: string, status: OrderStatus, orderedAt: string, total: { amountMinor: number, currency: string } } }> } | null, tickets: { totalCount: number, edges: Array<{ node: { id: string, subject: string, status: TicketStatus, openedAt: string } }> } | null } | null };

export type CustomersPage360QueryVariables = Exact<{
  first: number;
}>;


export type CustomersPage360Query = { customers: { edges: Array<{ node: { id: string, displayName: string | null, identifiers: Array<{ kind: IdentifierKind, value: string }> | null, kpis: { lifecycleStage: { value: LifecycleStage }, churnRisk: { value: number | null }, lifetimeValue: { value: { totalMinor: number, currency: string } | null }, actionability: { value: number, missing: Array<string> }, nextBestAction: { action: NextBestActionKind, channel: ContactChannel | null } } | null, timeline: { totalCount: number, edges: Array<{ node: { kind: ActivityKind, occurredAt: string } }> } | null, marketingSummary: { signalCount90d: number, consentedChannels: Array<ContactChannel>, leadScore: number | null } | null, signals: { totalCount: number, edges: Array<{ node: { id: string, kind: SignalKind } }> } | null, consents: Array<{ channel: ContactChannel, granted: boolean }> | null, salesSummary: { paidOrderCount: number, netRevenue: Array<{ amountMinor: number, currency: string }> } | null, orders: { totalCount: number, edges: Array<{ node: { id: string, lines: Array<{ sku: string, quantity: number }> } }> } | null, subscriptions: { edges: Array<{ node: { plan: string, status: SubscriptionStatus } }> } | null, supportSummary: { ticketCount: number, lastCsat: number | null } | null, tickets: { totalCount: number, edges: Array<{ node: { id: string, status: TicketStatus, csat: { score: number } | null } }> } | null } }> } };

export type CustomersPageQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomersPageQuery = { customers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string | null, country: string | null, marketingSummary: { signalCount90d: number, lastEngagedAt: string | null, consentedChannels: Array<ContactChannel>, leadScore: number | null } | null, salesSummary: { paidOrderCount: number, lastOrderAt: string | null, activeSubscriptionCount: number, netRevenue: Array<{ amountMinor: number, currency: string }> } | null, supportSummary: { ticketCount: number, openTicketCount: number, contactCount90d: number, lastCsat: number | null } | null } }> } };

export type MarketerWorklistQueryVariables = Exact<{
  stage?: Array<LifecycleStage> | LifecycleStage | null | undefined;
  actionable?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MarketerWorklistQuery = { customers: { totalCount: number, snapshotAsOf: string | null, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, displayName: string | null, email: string | null, country: string | null, preferredChannel: { channel: ContactChannel, source: PreferredChannelSource } | null, consents: Array<{ channel: ContactChannel, purpose: ConsentPurpose, granted: boolean }> | null, kpis: { lifecycleStage: { value: LifecycleStage, explanation: string }, churnRisk: { value: number | null }, actionability: { value: number }, nextBestAction: { action: NextBestActionKind, department: Department | null, channel: ContactChannel | null, humanRequired: boolean, reason: string } } | null } }> } };

export type RecordSignalsMutationVariables = Exact<{
  signals: Array<SignalInput> | SignalInput;
}>;


export type RecordSignalsMutation = { recordSignals: { accepted: number, duplicates: number, signals: Array<{ id: string, clientEventId: string, kind: SignalKind, channel: SignalChannel, topic: string | null, occurredAt: string, customer: { id: string } }> } };


export const AgentConsoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AgentConsole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"confidence"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"factors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"silence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"actionable"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableDepartments"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextBestAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"humanRequired"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unavailableDepartments"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AgentConsoleQuery, AgentConsoleQueryVariables>;
export const BiKpisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BiKpis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"KpiDimension"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ALL"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleKpis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}},{"kind":"Field","name":{"kind":"Name","value":"group"}},{"kind":"Field","name":{"kind":"Name","value":"customers"}},{"kind":"Field","name":{"kind":"Name","value":"actionableShare"}},{"kind":"Field","name":{"kind":"Name","value":"averageClvMinor"}},{"kind":"Field","name":{"kind":"Name","value":"medianClvMinor"}},{"kind":"Field","name":{"kind":"Name","value":"p90ClvMinor"}},{"kind":"Field","name":{"kind":"Name","value":"averageChurnRisk"}},{"kind":"Field","name":{"kind":"Name","value":"averageSilence"}},{"kind":"Field","name":{"kind":"Name","value":"averagePerceptionGap"}},{"kind":"Field","name":{"kind":"Name","value":"medianResolutionHours"}}]}}]}}]} as unknown as DocumentNode<BiKpisQuery, BiKpisQueryVariables>;
export const Customer360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Customer360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"marketingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignalAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCancelIntentAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastCheckoutErrorAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastPricingViewAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentedChannels"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"}},{"kind":"Field","name":{"kind":"Name","value":"leadScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeSubscriptionCount"}},{"kind":"Field","name":{"kind":"Name","value":"mrr"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openOpportunityCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCount"}},{"kind":"Field","name":{"kind":"Name","value":"openTicketCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastContactAt"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"repeatContactCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"botToHumanHandoffCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"lastCsat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"orderedAt"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"3"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<Customer360Query, Customer360QueryVariables>;
export const CustomersPage360Document = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage360"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lifetimeValue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"missing"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextBestAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"marketingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"consentedChannels"}},{"kind":"Field","name":{"kind":"Name","value":"leadScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"orders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sku"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastCsat"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tickets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"csat"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPage360Query, CustomersPage360QueryVariables>;
export const CustomersPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomersPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"marketingSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signalCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"lastEngagedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consentedChannels"}},{"kind":"Field","name":{"kind":"Name","value":"leadScore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"salesSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidOrderCount"}},{"kind":"Field","name":{"kind":"Name","value":"netRevenue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastOrderAt"}},{"kind":"Field","name":{"kind":"Name","value":"activeSubscriptionCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supportSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ticketCount"}},{"kind":"Field","name":{"kind":"Name","value":"openTicketCount"}},{"kind":"Field","name":{"kind":"Name","value":"contactCount90d"}},{"kind":"Field","name":{"kind":"Name","value":"lastCsat"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CustomersPageQuery, CustomersPageQueryVariables>;
export const MarketerWorklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MarketerWorklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stage"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LifecycleStage"}}}},"defaultValue":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"AT_RISK"}]}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"actionable"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stage"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"actionable"},"value":{"kind":"Variable","name":{"kind":"Name","value":"actionable"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"snapshotAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"preferredChannel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kpis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lifecycleStage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"churnRisk"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextBestAction"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"humanRequired"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MarketerWorklistQuery, MarketerWorklistQueryVariables>;
export const RecordSignalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSignals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"signals"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignalInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSignals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"signals"},"value":{"kind":"Variable","name":{"kind":"Name","value":"signals"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accepted"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"signals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clientEventId"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]}}]} as unknown as DocumentNode<RecordSignalsMutation, RecordSignalsMutationVariables>;