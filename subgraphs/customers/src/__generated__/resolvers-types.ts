import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerModel } from '../models';
import type { CustomerIdentifierEntity } from '../entities/customer-identifier.entity';
import type { AuditEventEntity } from '../../../../lib/db/audit-event.entity';
import type { CustomerDataExportModel } from '../data-export';
import type { ErasureView } from '../privacy/erasure';
import type { ErasureReceiptEntity } from '../entities/erasure-receipt.entity';
import type { ErasureEntity } from '../entities/erasure.entity';
import type { CustomersContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO 8601 date-time in UTC, e.g. 2026-11-22T09:30:00.000Z. */
  DateTime: { input: string; output: Date | string; }
  /** Any JSON value: an object, an array, a string, a number, a boolean or null. */
  JSON: { input: unknown; output: unknown; }
  /** A whole number up to 2^53−1 (9,007,199,254,740,991), as a JSON number; money in minor units. */
  Long: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An input a person needs to act on a customer now. */
export type ActionabilityInput =
  /** A consented channel the customer can be reached on. */
  | 'CONSENTED_CONTACT_POINT'
  /** Current intent: a signal, an open opportunity's update or an open ticket within 14 days. */
  | 'CURRENT_INTENT'
  /** A known friction state: support data is available and fresh. */
  | 'FRICTION_STATE'
  /** A lifecycle stage determined from complete inputs. */
  | 'LIFECYCLE_STAGE'
  /** A known preferred channel. */
  | 'PREFERRED_CHANNEL';

/** How actionable the customer's record is right now. Formula version: actionability/v1. */
export type ActionabilityKpi = Kpi & {
  __typename?: 'ActionabilityKpi';
  /** The inputs absent, so the gaps are visible and fixable. */
  absent: Array<ActionabilityInput>;
  /** True when the value reaches the actionable threshold (0.8). */
  actionable: Scalars['Boolean']['output'];
  /** When the value was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: how complete the inputs were. */
  confidence: Scalars['Float']['output'];
  /** What is present and what is missing. */
  explanation: Scalars['String']['output'];
  /** Each input and its weight. */
  factors: Array<KpiFactor>;
  /** The formula and its version, currently actionability/v1. */
  formulaVersion: Scalars['String']['output'];
  /** The absent inputs (ActionabilityInput names) and the departments that did not answer. */
  missing: Array<Scalars['String']['output']>;
  /** The inputs present. */
  present: Array<ActionabilityInput>;
  /** Departments that did not answer; their inputs count as absent. */
  unavailableDepartments: Array<Department>;
  /** 0–1: the weighted share of the inputs present. */
  value: Scalars['Float']['output'];
};

/** One thing that happened with a customer, in any department; the timeline's item. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  /** The channel it happened on (e.g. WEB, EMAIL, CHAT, PHONE), when there is one. */
  channel: Maybe<Scalars['String']['output']>;
  /** The department that recorded it. */
  department: Department;
  /** Unique across the graph: the kind and the source record's id, e.g. ORDER:4f0c…; a source record with several events adds a suffix. */
  id: Scalars['ID']['output'];
  /** What kind of thing happened. */
  kind: ActivityKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** Id of the source record (signal, touch, order, subscription, opportunity, ticket, interaction, rating) to look it up. */
  sourceId: Scalars['ID']['output'];
  /** One line for a human, e.g. 'Order placed: 2 items, 59.80 EUR' or 'Signal: PRICING_VIEW (pro-plan)'. */
  summary: Scalars['String']['output'];
};

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

/** Who acted in an audit event. */
export type ActorKind =
  /** A person: any token whose subject does not start with service:. */
  | 'HUMAN'
  /** A service calling another with its service token (subject service:<name>). */
  | 'SERVICE';

/** What an audit event records. */
export type AuditAction =
  /** A consent decision was recorded. */
  | 'CONSENT_CHANGED'
  /** A person's data was exported. */
  | 'CUSTOMER_EXPORTED'
  /** A department erased its rows of an erasure. */
  | 'DEPARTMENT_ERASED'
  /** Every service confirmed its part of an erasure. */
  | 'ERASURE_COMPLETED'
  /** An erasure was requested. */
  | 'ERASURE_REQUESTED'
  /** A person read personal data: fields that need pii:read. */
  | 'PII_READ';

/** One non-personal detail of an audit event. */
export type AuditDetail = {
  __typename?: 'AuditDetail';
  /** The detail's name, e.g. channel. */
  key: Scalars['String']['output'];
  /** Its value as text, e.g. EMAIL or true; null when it has none. */
  value: Maybe<Scalars['String']['output']>;
};

/**
 * One entry of an audit log: who did what to which customers, and when. It holds no personal data: customers
 * by id, fields by name, and only non-personal details.
 */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** What happened. */
  action: AuditAction;
  /** Who acted: the token's subject (a person's id at the identity provider, or service:<name> for a service). */
  actor: Scalars['String']['output'];
  /** Whether the actor is a person or a service. */
  actorKind: ActorKind;
  /** The customers concerned, by id. */
  customerIds: Array<Scalars['ID']['output']>;
  /** Non-personal details, e.g. a consent's channel, purpose, granted and source. */
  detail: Array<AuditDetail>;
  /** For PII_READ, the fields read as Type.field (e.g. Customer.email); empty for other actions. */
  fields: Array<Scalars['String']['output']>;
  /** The event's id (UUID). */
  id: Scalars['ID']['output'];
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The request's x-request-id, to find its log lines. */
  requestId: Maybe<Scalars['String']['output']>;
  /** The scopes the actor's token carried. */
  scopes: Array<Scalars['String']['output']>;
};

/** A page of audit events, newest first. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** The events on this page. */
  edges: Array<AuditEventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Events in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An audit event and its cursor. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: AuditEvent;
};

/** Internal: a department's confirmation of its part of an erasure. */
export type ConfirmErasureInput = {
  /** The erasure (from pendingErasures). */
  erasureId: Scalars['ID']['input'];
  /** Rows it kept de-identified. */
  rowsDeidentified: Scalars['Int']['input'];
  /** Rows it deleted. */
  rowsErased: Scalars['Int']['input'];
  /** The confirming department. */
  service: ErasureService;
};

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

/** A new customer. */
export type CreateCustomerInput = {
  /** Country (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** How to address the customer. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Primary email; normalized before it is stored. */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Ids in other systems. */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  /** Preferred locale (BCP 47). */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** Primary phone, E.164 (+4930123456) or national with `phoneCountry`; normalized to E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Country (ISO 3166-1 alpha-2) in which a national `phone` is read. */
  phoneCountry?: InputMaybe<Scalars['String']['input']>;
};

/** The one canonical customer every department's data hangs off. */
export type Customer = {
  __typename?: 'Customer';
  /** Country (ISO 3166-1 alpha-2), e.g. DE. */
  country: Maybe<Scalars['String']['output']>;
  /** When the customer was first known. */
  createdAt: Scalars['DateTime']['output'];
  /** How to address the customer. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Primary email, normalized (trimmed, lower-case). */
  email: Maybe<Scalars['String']['output']>;
  /** When the person was erased; null unless they were. An erased customer keeps only its id, country and locale. */
  erasedAt: Maybe<Scalars['DateTime']['output']>;
  /** Canonical id (UUID). */
  id: Scalars['ID']['output'];
  /** Every identifier that resolves to this customer. */
  identifiers: Maybe<Array<CustomerIdentifier>>;
  /**
   * The shared lifecycle KPIs, computed live from every department's summary (formula versions in each
   * KPI and in `kpiDefinitions`). When a department does not answer, the KPIs still answer: they list it in
   * `missing` and lower their `confidence`.
   */
  kpis: Maybe<CustomerKpis>;
  /** Preferred locale (BCP 47), e.g. de-DE. */
  locale: Maybe<Scalars['String']['output']>;
  /** Marketing's latest events for this customer (resolved by marketing; an input of the timeline). */
  marketingActivity: Maybe<Array<ActivityEvent>>;
  /** Marketing's figures for this customer (resolved by marketing; an input of the KPIs here). */
  marketingSummary: Maybe<MarketingSummary>;
  /**
   * Ids of the customers merged into this one (and into those, transitively); they resolve to this customer.
   * Departments read their rows for `[id, ...mergedIds]`, so a merge rewrites no department row.
   * Null only when the customers service could not be asked.
   */
  mergedIds: Maybe<Array<Scalars['ID']['output']>>;
  /** Primary phone in E.164 form. */
  phone: Maybe<Scalars['String']['output']>;
  /** Sales' latest events for this customer (resolved by sales; an input of the timeline). */
  salesActivity: Maybe<Array<ActivityEvent>>;
  /** Sales' figures for this customer (resolved by sales; an input of the KPIs here). */
  salesSummary: Maybe<SalesSummary>;
  /** Support's latest events for this customer (resolved by support; an input of the timeline). */
  supportActivity: Maybe<Array<ActivityEvent>>;
  /** Support's figures for this customer (resolved by support; an input of the KPIs here). */
  supportSummary: Maybe<SupportSummary>;
  /**
   * One newest-first list of the customer's activity across marketing, sales and support: each
   * department's 50 most recent events, merged. Older history is in each department's own lists.
   */
  timeline: Maybe<TimelineConnection>;
  /** When the profile last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** The one canonical customer every department's data hangs off. */
export type CustomerTimelineArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  departments?: InputMaybe<Array<Department>>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<ActivityKind>>;
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers on this page. */
  edges: Array<CustomerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** With a filter: when the KPI snapshot it was applied to was taken; null without a filter or before the first snapshot. */
  snapshotAsOf: Maybe<Scalars['DateTime']['output']>;
  /** Customers in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/**
 * Everything the graph holds on one person, for a data subject access request: the customers service's
 * part and each department's, each a JSON object of table → rows for the person's whole merged group (the
 * canonical id and every id merged into it). A row keeps every stored column, named like the API's fields
 * (camelCase), with times as ISO 8601 UTC strings and money in minor units.
 */
export type CustomerDataExport = {
  __typename?: 'CustomerDataExport';
  /** The person's canonical id: the survivor's, when the id asked for was merged into another customer. */
  customerId: Scalars['ID']['output'];
  /** The canonical id first, then every id merged into it (sorted): the ids whose rows the export holds. */
  customerIds: Array<Scalars['ID']['output']>;
  /**
   * What the customers service holds, by table: `customers` (the profile row of every id of the group, the
   * merged ones included), `customerIdentifiers`, `customerMergeEvents`, `customerKpiSnapshots` (the
   * person's values in each KPI snapshot), the erasure records about them (`erasures`,
   * `erasureReceipts`, `suppressedIdentifiers`) and the audit log's events naming them (`auditEvents`).
   */
  customers: Scalars['JSON']['output'];
  /** When the export was taken. */
  exportedAt: Scalars['DateTime']['output'];
};

/** A customer and its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Pass as `after` to continue after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
};

/** Conditions on a customer's values in the latest KPI snapshot. */
export type CustomerFilter = {
  /** Actionable (actionability ≥ 0.8) or not. */
  actionable?: InputMaybe<Scalars['Boolean']['input']>;
  /** Churn risk is at least this (0–1). */
  churnRiskAtLeast?: InputMaybe<Scalars['Float']['input']>;
  /** Country (ISO 3166-1 alpha-2) is one of these. */
  country?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Preferred channel is one of these. */
  preferredChannel?: InputMaybe<Array<ContactChannel>>;
  /** Lifecycle stage is one of these. */
  stage?: InputMaybe<Array<LifecycleStage>>;
};

/** One way of recognising a customer. */
export type CustomerIdentifier = {
  __typename?: 'CustomerIdentifier';
  /** When it was linked to the customer. */
  createdAt: Scalars['DateTime']['output'];
  /** Kind of identifier. */
  kind: IdentifierKind;
  /** The system an EXTERNAL id belongs to (e.g. crm); null for EMAIL and PHONE. */
  system: Maybe<Scalars['String']['output']>;
  /** The normalized value. */
  value: Scalars['String']['output'];
};

/** The shared lifecycle KPIs of one customer, computed live from every department's summary. */
export type CustomerKpis = {
  __typename?: 'CustomerKpis';
  /** Actionability 0–1: how much of what a person needs to act is present, and what is missing. Formula version: actionability/v1. */
  actionability: ActionabilityKpi;
  /** Churn risk 0–1, the likelihood the customer leaves; higher is worse. Formula version: churn-risk/v1. */
  churnRisk: NumberKpi;
  /** Lifecycle stage, PROSPECT to CHURNED; the first rule that matches wins. Formula version: lifecycle-stage/v1. */
  lifecycleStage: LifecycleStageKpi;
  /**
   * Customer lifetime value in minor units of the customer's main currency; its value is null for a customer who
   * never bought and has no subscription. Formula version: lifetime-value/v1.
   */
  lifetimeValue: LifetimeValueKpi;
  /** The next best action: the first of an ordered rule set that matches. Formula version: next-best-action/v1. */
  nextBestAction: NextBestAction;
  /**
   * Perception gap, −4 to 4: agent assessment minus CSAT over 90 days; positive means we think we did better than
   * the customer felt; its value is null without rated and assessed tickets. Formula version: perception-gap/v1.
   */
  perceptionGap: NumberKpi;
  /** Median time to resolution and first-contact resolution over 90 days. Formula version: resolution/v1. */
  resolution: ResolutionKpi;
  /** Silence metric 0–100: 100 means the customer needs no unprompted contact. Formula version: silence/v1. */
  silence: NumberKpi;
};

/** The department an activity, action or input belongs to. */
export type Department =
  /** Marketing: signals, consent, campaigns, leads. */
  | 'MARKETING'
  /** Sales: orders, subscriptions, opportunities. */
  | 'SALES'
  /** Support: tickets, interactions, satisfaction. */
  | 'SUPPORT';

/** A request to erase a person in every subgraph, and how far it got. */
export type Erasure = {
  __typename?: 'Erasure';
  /** When the last service confirmed; null while any is pending. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The canonical id the person had when erased. */
  customerId: Scalars['ID']['output'];
  /** Every id erased: the canonical one first, then the ids merged into it. */
  customerIds: Array<Scalars['ID']['output']>;
  /** The erasure's id (UUID). */
  id: Scalars['ID']['output'];
  /** One receipt per service: CUSTOMERS, MARKETING, SALES, SUPPORT. */
  receipts: Array<ErasureReceipt>;
  /** When it was asked for. */
  requestedAt: Scalars['DateTime']['output'];
  /** The token subject that asked for the erasure. */
  requestedBy: Scalars['String']['output'];
  /** COMPLETED once every service confirmed its part. */
  status: ErasureStatus;
};

/** One service's part of an erasure. */
export type ErasureReceipt = {
  __typename?: 'ErasureReceipt';
  /** When the service confirmed; null while pending. */
  confirmedAt: Maybe<Scalars['DateTime']['output']>;
  /** Rows the service kept without anything that points to the person (sales' orders, customers' tombstones). */
  rowsDeidentified: Scalars['Int']['output'];
  /** Rows the service deleted. */
  rowsErased: Scalars['Int']['output'];
  /** The service. */
  service: ErasureService;
  /** ERASED once the service confirmed. */
  status: ErasureReceiptStatus;
};

/** Whether a service has done its part of an erasure. */
export type ErasureReceiptStatus =
  /** Erased and confirmed. */
  | 'ERASED'
  /** Not confirmed yet. */
  | 'PENDING';

/** A service that holds data on a person and erases its part of an erasure. */
export type ErasureService =
  /** The customers subgraph: profile and identifiers. */
  | 'CUSTOMERS'
  /** Marketing: signals, consent, touches, lead score, preferred channel. */
  | 'MARKETING'
  /** Sales: orders and subscriptions (kept, de-identified), opportunities. */
  | 'SALES'
  /** Support: tickets with their interactions, ratings and assessments. */
  | 'SUPPORT';

/** How far an erasure got. */
export type ErasureStatus =
  /** Every service confirmed. */
  | 'COMPLETED'
  /** At least one service has not confirmed yet; it will when it runs again. */
  | 'PENDING';

/** A record that a next best action rests on. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Its id in its department. */
  id: Scalars['ID']['output'];
  /** What kind of record. */
  kind: EvidenceKind;
};

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
  externalId: Scalars['String']['input'];
  /** The system's name, e.g. crm or helpdesk. */
  system: Scalars['String']['input'];
};

/** One identifier: set exactly one of `email`, `phone` or `external`. */
export type IdentifierInput = {
  /** An email address; normalized (trimmed, lower-case). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** An id in another system. */
  external?: InputMaybe<ExternalIdInput>;
  /** A phone number, E.164 (+4930123456) or national with `phoneCountry`; normalized to E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Country (ISO 3166-1 alpha-2) in which a national `phone` is read, e.g. DE for 030 123456. */
  phoneCountry?: InputMaybe<Scalars['String']['input']>;
};

/** Kind of identifier. */
export type IdentifierKind =
  /** A normalized email address. */
  | 'EMAIL'
  /** An id in another system (CRM, helpdesk, shop), with the system's name. */
  | 'EXTERNAL'
  /** An E.164 phone number. */
  | 'PHONE';

/** Who the caller believes the customer is: one or more identifiers, and a profile for a new customer. */
export type IdentifyInput = {
  /** Country (ISO 3166-1 alpha-2), used only when the customer is created. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Display name, used only when the customer is created. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** An email address; normalized (trimmed, lower-case). */
  email?: InputMaybe<Scalars['String']['input']>;
  /** Ids in other systems (CRM, helpdesk, shop). */
  externalIds?: InputMaybe<Array<ExternalIdInput>>;
  /** Locale (BCP 47), used only when the customer is created. */
  locale?: InputMaybe<Scalars['String']['input']>;
  /** A phone number, E.164 or national with `phoneCountry`; normalized to E.164. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** Country (ISO 3166-1 alpha-2) in which a national `phone` is read. */
  phoneCountry?: InputMaybe<Scalars['String']['input']>;
};

/** Whether identify found a customer or created one. */
export type IdentifyOutcome =
  /** No identifier was known: a new customer was created with all of them. */
  | 'CREATED'
  /** An identifier was already known: the customer it belongs to is returned. */
  | 'MATCHED';

/** What identify did. */
export type IdentifyResult = {
  __typename?: 'IdentifyResult';
  /** True when the customer was created by this call. */
  created: Scalars['Boolean']['output'];
  /** The canonical customer. */
  customer: Customer;
  /** Identifiers this call linked to the customer (all of them when created). */
  linkedIdentifiers: Array<CustomerIdentifier>;
  /** The known identifier the customer was found by; null when created. */
  matchedOn: Maybe<CustomerIdentifier>;
  /** Matched or created. */
  outcome: IdentifyOutcome;
};

/** The most recent signal of one important kind, as evidence for a KPI or next best action. */
export type KeySignal = {
  __typename?: 'KeySignal';
  /** Where it was captured. */
  channel: SignalChannel;
  /** Its kind. */
  kind: SignalKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The signal's id. */
  signalId: Scalars['ID']['output'];
  /** What it was about. */
  topic: Maybe<Scalars['String']['output']>;
};

/** One of a customer's recent or unresolved tickets, with the figures the lifecycle KPIs and next best actions use as evidence. */
export type KeyTicket = {
  __typename?: 'KeyTicket';
  /** Whether a bot handed it to a human (a HANDOFF_TO_HUMAN interaction) at any time. */
  botToHumanHandoff: Scalars['Boolean']['output'];
  /** Where the customer opened it. */
  channel: SupportChannel;
  /** Whether it is escalated now. */
  escalated: Scalars['Boolean']['output'];
  /** When the customer opened it. */
  openedAt: Scalars['DateTime']['output'];
  /** How many times it went from RESOLVED or CLOSED back to OPEN or PENDING. */
  reopenedCount: Scalars['Int']['output'];
  /** When it was last resolved or closed; null while it is unresolved. */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: TicketStatus;
  /** The ticket's id. */
  ticketId: Scalars['ID']['output'];
  /** TRANSFER interactions (agent to agent) on it, whenever they happened. */
  transferCount: Scalars['Int']['output'];
};

/**
 * What every shared lifecycle KPI carries besides its value: the formula that produced it, when, why, and
 * what it could not see. The formulas and their constants are listed by `kpiDefinitions`.
 */
export type Kpi = {
  /** When the value was computed (the request's now). */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: 1 when every input was available, lower by the weight of what was missing. */
  confidence: Scalars['Float']['output'];
  /** One or two sentences a person can act on. */
  explanation: Scalars['String']['output'];
  /** Each factor that decided or added to the value, and what it contributed. */
  factors: Array<KpiFactor>;
  /** The formula and its version, e.g. churn-risk/v1; a changed formula gets a new version. */
  formulaVersion: Scalars['String']['output'];
  /**
   * Inputs that were unavailable, so the value rests on less: the departments that did not answer
   * (MARKETING, SALES, SUPPORT); for actionability, also the actionability inputs that are absent.
   */
  missing: Array<Scalars['String']['output']>;
};

/** One shared lifecycle KPI's definition. */
export type KpiDefinition = {
  __typename?: 'KpiDefinition';
  /** What it means and how it is computed, with the current constants. */
  description: Scalars['String']['output'];
  /** The formula and its version, e.g. churn-risk/v1. */
  formulaVersion: Scalars['String']['output'];
  /** The graph fields it reads, e.g. salesSummary.lastOrderAt. */
  inputs: Array<Scalars['String']['output']>;
  /** The KPI's name, as in CustomerKpis, e.g. churnRisk. */
  name: Scalars['String']['output'];
  /** Who owns the definition. */
  owner: Scalars['String']['output'];
  /** The unit of its value. */
  unit: Scalars['String']['output'];
};

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

/** One factor of a KPI's explanation. */
export type KpiFactor = {
  __typename?: 'KpiFactor';
  /** What the factor added to the value (0 when it only decided a rule). */
  contribution: Scalars['Float']['output'];
  /** The observed input, as text (a time, a count, a rate); null when it was absent. */
  input: Maybe<Scalars['String']['output']>;
  /** The factor, e.g. cancelIntent30d. */
  name: Scalars['String']['output'];
  /** One sentence on what it means. */
  note: Scalars['String']['output'];
};

/** Where a customer is in marketing's funnel. */
export type LeadStatus =
  /** Already a customer. */
  | 'CUSTOMER'
  /** Not a fit. */
  | 'DISQUALIFIED'
  /** Marketing-qualified lead. */
  | 'MQL'
  /** Just known, not yet worked. */
  | 'NEW'
  /** Receiving nurturing content. */
  | 'NURTURING'
  /** Sales-qualified lead, handed over to sales. */
  | 'SQL';

/**
 * The graph's lifecycle KPIs on one day for one group: scalar columns only, ready for a BI table. Money is in
 * minor units of `reportingCurrency`, converted at the fixed rates in the KPI definitions. Each KPI column
 * names its current formula version; a snapshot keeps the values computed when it was taken, so days before a
 * version change reflect the formula of their time.
 */
export type LifecycleKpiRow = {
  __typename?: 'LifecycleKpiRow';
  /** Share of them that are actionable, 0–1: the graph's own 80% goal, measured. Formula version: actionability/v1. */
  actionableShare: Scalars['Float']['output'];
  /** When that snapshot was taken. */
  asOf: Scalars['DateTime']['output'];
  /** Average churn risk, 0–1. Formula version: churn-risk/v1. */
  averageChurnRisk: Scalars['Float']['output'];
  /**
   * Average customer lifetime value of those with one, in minor units of reportingCurrency; null when none has
   * one. Formula version: lifetime-value/v1.
   */
  averageClvMinor: Maybe<Scalars['Long']['output']>;
  /**
   * Average perception gap of those with rated tickets, −4 to 4; null when none has one.
   * Formula version: perception-gap/v1.
   */
  averagePerceptionGap: Maybe<Scalars['Float']['output']>;
  /** Average silence score, 0–100. Formula version: silence/v1. */
  averageSilence: Scalars['Float']['output'];
  /** Customers in the group. */
  customers: Scalars['Int']['output'];
  /** The day (UTC, YYYY-MM-DD); its latest complete snapshot. */
  day: Scalars['String']['output'];
  /** The dimension of this row. */
  dimension: KpiDimension;
  /** The group within the dimension, e.g. AT_RISK, DE or EMAIL; ALL for the whole graph. */
  group: Scalars['String']['output'];
  /**
   * Median customer lifetime value of those with one, in minor units of reportingCurrency; null when none has
   * one. Formula version: lifetime-value/v1.
   */
  medianClvMinor: Maybe<Scalars['Long']['output']>;
  /**
   * Median of the customers' median hours to resolution, of those with resolved tickets; null when none has
   * one. Formula version: resolution/v1.
   */
  medianResolutionHours: Maybe<Scalars['Float']['output']>;
  /**
   * 90th percentile customer lifetime value of those with one, in minor units of reportingCurrency; null when
   * none has one. Formula version: lifetime-value/v1.
   */
  p90ClvMinor: Maybe<Scalars['Long']['output']>;
  /** Currency of the CLV columns (ISO 4217). */
  reportingCurrency: Scalars['String']['output'];
};

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

/** The lifecycle stage KPI. Formula version: lifecycle-stage/v1. */
export type LifecycleStageKpi = Kpi & {
  __typename?: 'LifecycleStageKpi';
  /** When the value was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: how complete the inputs were. */
  confidence: Scalars['Float']['output'];
  /** Why the customer is in this stage. */
  explanation: Scalars['String']['output'];
  /** The factors that decided it. */
  factors: Array<KpiFactor>;
  /** The formula and its version, currently lifecycle-stage/v1. */
  formulaVersion: Scalars['String']['output'];
  /** Inputs that were unavailable. */
  missing: Array<Scalars['String']['output']>;
  /** The rule that matched first, e.g. AT_RISK.cancelIntent. */
  rule: Scalars['String']['output'];
  /** The stage. */
  value: LifecycleStage;
};

/** Customer lifetime value in minor units of the customer's main currency. Formula version: lifetime-value/v1. */
export type LifetimeValue = {
  __typename?: 'LifetimeValue';
  /** Expected cost of support contacts over the horizon, in minor units. */
  costToServeMinor: Scalars['Long']['output'];
  /** ISO 4217 currency: the customer's largest revenue currency, else its subscription's. */
  currency: Scalars['String']['output'];
  /** Net revenue already earned, in minor units. */
  historicalMinor: Scalars['Long']['output'];
  /** Predicted gross margin over the horizon, discounted by churn risk, in minor units. */
  predictedMinor: Scalars['Long']['output'];
  /** historical + predicted − cost to serve, in minor units. */
  totalMinor: Scalars['Long']['output'];
};

/** The customer lifetime value KPI. Formula version: lifetime-value/v1. */
export type LifetimeValueKpi = Kpi & {
  __typename?: 'LifetimeValueKpi';
  /** When the value was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: how complete the inputs were. */
  confidence: Scalars['Float']['output'];
  /** How the value is made up. */
  explanation: Scalars['String']['output'];
  /** Each part of the value. */
  factors: Array<KpiFactor>;
  /** The formula and its version, currently lifetime-value/v1. */
  formulaVersion: Scalars['String']['output'];
  /** Inputs that were unavailable. */
  missing: Array<Scalars['String']['output']>;
  /** The value; null for a customer who never bought and has no subscription. */
  value: Maybe<LifetimeValue>;
};

/** Raw marketing figures for one customer; windows end now. Zeros and nulls when marketing knows nothing. */
export type MarketingSummary = {
  __typename?: 'MarketingSummary';
  /** Channels with a granted MARKETING or SERVICE consent, in the ContactChannel order. */
  consentedChannels: Array<ContactChannel>;
  /** touchesOpened90d / touchesSent90d; null when none was sent. */
  engagementRate90d: Maybe<Scalars['Float']['output']>;
  /** The latest signal of each kind above (pricing view … unsubscribe signal), most recent first. */
  keySignals: Array<KeySignal>;
  /** Latest CANCEL_SUBSCRIPTION_INTENT signal. */
  lastCancelIntentAt: Maybe<Scalars['DateTime']['output']>;
  /** Latest CART_ABANDONED signal. */
  lastCartAbandonedAt: Maybe<Scalars['DateTime']['output']>;
  /** Latest CHECKOUT_ERROR signal. */
  lastCheckoutErrorAt: Maybe<Scalars['DateTime']['output']>;
  /** Latest COMPETITOR_COMPARISON signal. */
  lastCompetitorComparisonAt: Maybe<Scalars['DateTime']['output']>;
  /** The latest engagement: any signal but an UNSUBSCRIBE, or an open or click of a campaign message. */
  lastEngagedAt: Maybe<Scalars['DateTime']['output']>;
  /** Latest PRICING_VIEW signal. */
  lastPricingViewAt: Maybe<Scalars['DateTime']['output']>;
  /** Latest PRODUCT_RESEARCH signal. */
  lastProductResearchAt: Maybe<Scalars['DateTime']['output']>;
  /** When the latest signal occurred. */
  lastSignalAt: Maybe<Scalars['DateTime']['output']>;
  /** Latest unsubscribe: an UNSUBSCRIBE signal or an unsubscribe through a campaign message. */
  lastUnsubscribeAt: Maybe<Scalars['DateTime']['output']>;
  /** Lead score 0–100; null when none was set. */
  leadScore: Maybe<Scalars['Int']['output']>;
  /** Lead status; null when none was set. */
  leadStatus: Maybe<LeadStatus>;
  /** Channels with a granted MARKETING consent (offers, campaigns, sales outreach), in the ContactChannel order. */
  marketingChannels: Array<ContactChannel>;
  /** The preferred channel (explicit, else inferred); null when unknown. */
  preferredChannel: Maybe<ContactChannel>;
  /** Channels with a granted SERVICE consent (support and account matters), in the ContactChannel order. */
  serviceChannels: Array<ContactChannel>;
  /** Signals that occurred in the last 90 days. */
  signalCount90d: Scalars['Int']['output'];
};

/** A profile field on which the two customers disagree; the survivor's value is kept. */
export type MergeConflict = {
  __typename?: 'MergeConflict';
  /** The profile field, e.g. email. */
  field: Scalars['String']['output'];
  /** The merged customer's value (still an identifier of the survivor when it is an email or phone). */
  mergedValue: Maybe<Scalars['String']['output']>;
  /** The survivor's value (kept). */
  survivorValue: Maybe<Scalars['String']['output']>;
};

/** Which customer absorbs which. */
export type MergeCustomersInput = {
  /** Only report what would happen; change nothing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** The customer merged into the survivor; its id becomes an alias. */
  mergedId: Scalars['ID']['input'];
  /** The customer that remains. */
  survivorId: Scalars['ID']['input'];
};

/** What a merge did, or (dry run) would do. */
export type MergeResult = {
  __typename?: 'MergeResult';
  /** Profile fields on which the two disagree. */
  conflicts: Array<MergeConflict>;
  /** True when nothing was changed. */
  dryRun: Scalars['Boolean']['output'];
  /**
   * The merged customer on its own, as before the merge: ask its department fields (orders, signals,
   * tickets…) to see exactly what moves to the survivor.
   */
  merged: Customer;
  /** When the merge happened; null for a dry run. */
  mergedAt: Maybe<Scalars['DateTime']['output']>;
  /** Identifiers that will resolve to the survivor. */
  movedIdentifiers: Array<CustomerIdentifier>;
  /** The ids that become aliases of the survivor: the merged id and any ids merged into it before. */
  movedIds: Array<Scalars['ID']['output']>;
  /** The surviving customer; after a real merge its department fields include the merged customer's data. */
  survivor: Customer;
};

/** An amount of money: an integer number of minor units (cents) and its ISO 4217 currency. */
export type Money = {
  __typename?: 'Money';
  /** Amount in minor units (e.g. cents): 1999 EUR is 19.99 EUR. */
  amountMinor: Scalars['Long']['output'];
  /** ISO 4217 currency code. */
  currency: Scalars['String']['output'];
};

/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /** Internal, not in the gateway's API: a department confirms it erased its part of an erasure. Idempotent. */
  confirmErasure: ErasureReceipt;
  /** Creates a customer with its email, phone and external identifiers. An identifier already in use is a CONFLICT. */
  createCustomer: Customer;
  /**
   * Erases a person in every subgraph. Here at once: names, email and phone are removed, the identifiers go to
   * a suppression list as keyed hashes (any later write naming the person is FORBIDDEN with reason SUPPRESSED),
   * and the row stays as a tombstone (id, country, locale, `erasedAt`). Each department then erases its rows
   * (sales keeps orders and subscriptions, de-identified) and confirms; a department that is down does so when
   * it is back. Answers within about 2 s with a receipt per service, some possibly still PENDING: `erasure`
   * shows the rest. Erases the whole merged group. Running it again returns the first erasure and changes
   * nothing.
   */
  eraseCustomer: Erasure;
  /**
   * Finds the canonical customer by any of the given identifiers, or creates one when none is known.
   * Identifiers given but not yet linked are linked to the customer found. Identifiers that belong to two
   * different customers are a CONFLICT naming both. Retrying is safe: the second call matches.
   */
  identify: IdentifyResult;
  /**
   * Merges `mergedId` into `survivorId`: the merged id (and everything merged into it) becomes an alias
   * that resolves to the survivor, and every department's data of both answers for the survivor. No
   * department row is rewritten, so `unmergeCustomer` restores both. With `dryRun`, nothing changes and
   * the result shows what would move and what conflicts.
   */
  mergeCustomers: MergeResult;
  /** Undoes the merge of `mergedId`: it and the ids merged into it before answer for themselves again. */
  unmergeCustomer: UnmergeResult;
  /** Changes a customer's core profile; only the given fields change. */
  updateCustomer: Customer;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationConfirmErasureArgs = {
  input: ConfirmErasureInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationEraseCustomerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationIdentifyArgs = {
  input: IdentifyInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationMergeCustomersArgs = {
  input: MergeCustomersInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationUnmergeCustomerArgs = {
  input: UnmergeCustomerInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
};

/** The next best action: the first of an ordered rule set that matches. Formula version: next-best-action/v1. */
export type NextBestAction = Kpi & {
  __typename?: 'NextBestAction';
  /** The action. */
  action: NextBestActionKind;
  /** The channel to use: only one the customer consented to (the preferred one when consented); null when there is none. */
  channel: Maybe<ContactChannel>;
  /** When it was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: how complete the inputs were. */
  confidence: Scalars['Float']['output'];
  /** The department that owns it; null for NO_ACTION. */
  department: Maybe<Department>;
  /** The records it rests on. */
  evidence: Array<Evidence>;
  /** Why this action, and what the other rules found. */
  explanation: Scalars['String']['output'];
  /** The factors that decided it. */
  factors: Array<KpiFactor>;
  /** The formula and its version, currently next-best-action/v1. */
  formulaVersion: Scalars['String']['output'];
  /** Whether a person must act (rather than an automated message). */
  humanRequired: Scalars['Boolean']['output'];
  /** Inputs that were unavailable. */
  missing: Array<Scalars['String']['output']>;
  /** Why, in one sentence. */
  reason: Scalars['String']['output'];
  /** The rule that matched, e.g. retention.cancelIntent14d. */
  rule: Scalars['String']['output'];
};

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

/** A KPI whose value is a number (churn risk 0–1, silence score 0–100, perception gap −4 to 4). */
export type NumberKpi = Kpi & {
  __typename?: 'NumberKpi';
  /** When the value was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: how complete the inputs were. */
  confidence: Scalars['Float']['output'];
  /** What the value means for this customer. */
  explanation: Scalars['String']['output'];
  /** The factors and what each contributed. */
  factors: Array<KpiFactor>;
  /** The formula and its version, currently churn-risk/v1, silence/v1 or perception-gap/v1. */
  formulaVersion: Scalars['String']['output'];
  /** Inputs that were unavailable. */
  missing: Array<Scalars['String']['output']>;
  /** The value; null when there is nothing to measure (e.g. no rated tickets for the perception gap). */
  value: Maybe<Scalars['Float']['output']>;
};

/** Relay paging information for a connection. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow the last edge. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether items precede the first edge (true whenever `after` was given). */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** Internal: an erasure a department has yet to carry out. */
export type PendingErasure = {
  __typename?: 'PendingErasure';
  /** The ids whose rows the department erases. */
  customerIds: Array<Scalars['ID']['output']>;
  /** The erasure to confirm. */
  erasureId: Scalars['ID']['output'];
};

/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * One customer's audit log, newest first: every PII_READ (a person read their personal data: which fields),
   * erasure and export, with who acted and when. Answers for any id the customer has or had, an erased one
   * included, with the events of its whole merged group. Consent changes are in marketing's log:
   * `consentAuditEvents`.
   */
  auditEvents: AuditEventConnection;
  /** One customer by canonical id; null when there is none. */
  customer: Maybe<Customer>;
  /**
   * The customer one identifier belongs to (an identifier of a merged customer resolves to the survivor).
   * An identifier nobody has is NOT_FOUND.
   */
  customerByIdentifier: Maybe<Customer>;
  /**
   * Every customer, oldest first, for paging through the whole graph. With a `filter`, only customers whose
   * values in the latest KPI snapshot match (the connection's `snapshotAsOf` says which snapshot).
   */
  customers: CustomerConnection;
  /**
   * Batch lookup for services: the customer each identifier belongs to, in the order given, null where
   * nobody has it. At most 100 identifiers.
   */
  customersByIdentifiers: Array<Maybe<Customer>>;
  /** The erasure of a person, by any id they had; null when they were never erased. */
  erasure: Maybe<Erasure>;
  /**
   * Everything the graph holds on one person, as JSON, for a data subject access request: the customers
   * service's rows and each department's, for the person's whole merged group. Any id of the group answers
   * for the group (a merged id resolves to the survivor); an id nobody has is NOT_FOUND. A department that
   * does not answer leaves its part null with a SERVICE_UNAVAILABLE error naming it.
   */
  exportCustomerData: CustomerDataExport;
  /** Every shared lifecycle KPI: what it means, its formula version, its inputs and who owns it. */
  kpiDefinitions: Array<KpiDefinition>;
  /**
   * Daily lifecycle KPIs of the whole graph for BI, from the KPI snapshots: one flat row per day and group.
   * Without `groupBy`, one row per day for all customers (group ALL). At most 366 days.
   */
  lifecycleKpis: Array<LifecycleKpiRow>;
  /**
   * Internal, not in the gateway's API: the erasures a department has not confirmed yet, oldest first (at most
   * 100). Each department's erasure worker polls it.
   */
  pendingErasures: Array<PendingErasure>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryCustomerByIdentifierArgs = {
  identifier: IdentifierInput;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryCustomersByIdentifiersArgs = {
  identifiers: Array<IdentifierInput>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryErasureArgs = {
  customerId: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryExportCustomerDataArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryLifecycleKpisArgs = {
  from: Scalars['String']['input'];
  groupBy?: InputMaybe<Array<KpiDimension>>;
  to: Scalars['String']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryPendingErasuresArgs = {
  service: ErasureService;
};

/** Median time to resolution and first-contact resolution over the last 90 days. Formula version: resolution/v1. */
export type ResolutionKpi = Kpi & {
  __typename?: 'ResolutionKpi';
  /** When the value was computed. */
  computedAt: Scalars['DateTime']['output'];
  /** 0–1: how complete the inputs were. */
  confidence: Scalars['Float']['output'];
  /** What the figures say. */
  explanation: Scalars['String']['output'];
  /** The inputs. */
  factors: Array<KpiFactor>;
  /** Share of resolved tickets resolved at first contact, 0–1; null when nothing was resolved. */
  firstContactResolutionRate: Maybe<Scalars['Float']['output']>;
  /** The formula and its version, currently resolution/v1. */
  formulaVersion: Scalars['String']['output'];
  /** Median hours from opening to resolution; null when nothing was resolved. */
  medianResolutionHours: Maybe<Scalars['Float']['output']>;
  /** Inputs that were unavailable. */
  missing: Array<Scalars['String']['output']>;
};

/** Raw sales figures for one customer; windows end now. */
export type SalesSummary = {
  __typename?: 'SalesSummary';
  /** Subscriptions currently TRIALING, ACTIVE or PAST_DUE. */
  activeSubscriptionCount: Scalars['Int']['output'];
  /** Start of the earliest subscription that is still active. */
  activeSubscriptionSince: Maybe<Scalars['DateTime']['output']>;
  /** Average days between consecutive paid orders (null with fewer than two). */
  averageDaysBetweenOrders: Maybe<Scalars['Float']['output']>;
  /** Average paid order value, one entry per currency. */
  averageOrderValue: Array<Money>;
  /** When the first paid order was placed. */
  firstOrderAt: Maybe<Scalars['DateTime']['output']>;
  /** When an opportunity last changed. */
  lastOpportunityActivityAt: Maybe<Scalars['DateTime']['output']>;
  /** When the latest paid order was placed. */
  lastOrderAt: Maybe<Scalars['DateTime']['output']>;
  /** When a subscription was last cancelled. */
  lastSubscriptionCancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** Monthly recurring revenue of the active subscriptions, one entry per currency. */
  mrr: Array<Money>;
  /** Net revenue of paid orders, one entry per currency, largest first. */
  netRevenue: Array<Money>;
  /** Opportunities not yet WON or LOST. */
  openOpportunityCount: Scalars['Int']['output'];
  /** Ids of the open opportunities (not yet WON or LOST), most recently updated first (ties by id, descending), at most 10. */
  openOpportunityIds: Array<Scalars['ID']['output']>;
  /** Value of the open opportunities, one entry per currency. */
  openPipeline: Array<Money>;
  /** All orders ever placed. */
  orderCount: Scalars['Int']['output'];
  /** Orders that count as revenue (PAID or FULFILLED). */
  paidOrderCount: Scalars['Int']['output'];
  /** Paid orders in the last 90 days. */
  paidOrderCount90d: Scalars['Int']['output'];
  /** Paid orders in the last 365 days. */
  paidOrderCount365d: Scalars['Int']['output'];
};

/** Where a signal was captured. */
export type SignalChannel =
  /** The mobile app. */
  | 'APP'
  /** An email (open and click tracking). */
  | 'EMAIL'
  /** The website. */
  | 'WEB';

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

/** How a customer reached support. */
export type SupportChannel =
  /** Live chat on the web site or in the app (bot or human). */
  | 'CHAT'
  /** By email. */
  | 'EMAIL'
  /** By phone. */
  | 'PHONE'
  /** A social network (direct message or public post). */
  | 'SOCIAL'
  /** The contact form on the web site. */
  | 'WEB_FORM';

/**
 * Raw support figures for one customer; windows end now. Definitions:
 * a *contact* is a ticket the customer opened; a *repeat contact* is a ticket opened within 7 days of the
 * customer's previous ticket, or a ticket that was reopened; a *first-contact resolution* is a resolved
 * (RESOLVED or CLOSED) ticket that was never reopened, never transferred and never handed from a bot to a
 * human. Ticket figures ending in 90d cover tickets opened in the last 90 days; interaction figures cover
 * interactions that happened in the last 90 days; rating figures cover ratings given in the last 90 days.
 */
export type SupportSummary = {
  __typename?: 'SupportSummary';
  /** Average agent assessment recorded in the last 90 days (1–5); null when there is none. */
  averageAgentAssessment90d: Maybe<Scalars['Float']['output']>;
  /** Over those pairs, the average of (agent assessment − CSAT), −4 to 4: positive when support thinks it did better than the customer felt; null without pairs. */
  averageAssessmentMinusCsat90d: Maybe<Scalars['Float']['output']>;
  /** Average CSAT score given in the last 90 days (1–5); null when there is none. */
  averageCsat90d: Maybe<Scalars['Float']['output']>;
  /** HANDOFF_TO_HUMAN interactions (a bot gave up) in the last 90 days. */
  botToHumanHandoffCount90d: Scalars['Int']['output'];
  /** Contacts (tickets opened) in the last 90 days. */
  contactCount90d: Scalars['Int']['output'];
  /** Tickets with both a CSAT score and an agent assessment, whose CSAT was given in the last 90 days: the perception-gap sample. */
  csatAndAssessmentPairs90d: Scalars['Int']['output'];
  /** CSAT scores given in the last 90 days. */
  csatCount90d: Scalars['Int']['output'];
  /** Tickets opened in the last 90 days that are escalated now (clearing the mark removes them). */
  escalatedCount90d: Scalars['Int']['output'];
  /** Of those resolved tickets, the first-contact resolutions (never reopened, transferred or handed off). */
  firstContactResolutionCount90d: Scalars['Int']['output'];
  /** firstContactResolutionCount90d / resolvedCount90d, 0–1; null when nothing was resolved. */
  firstContactResolutionRate90d: Maybe<Scalars['Float']['output']>;
  /** The tickets the KPIs look at one by one: those opened in the last 90 days and any still OPEN or PENDING, most recently opened first (ties by id, descending), at most 10. */
  keyTickets: Array<KeyTicket>;
  /** When the customer last reached out: the latest ticket opened or CUSTOMER_MESSAGE. */
  lastContactAt: Maybe<Scalars['DateTime']['output']>;
  /** The customer's latest CSAT score (1–5), whenever it was given. */
  lastCsat: Maybe<Scalars['Int']['output']>;
  /** When the latest CSAT score was given. */
  lastCsatAt: Maybe<Scalars['DateTime']['output']>;
  /** When the latest ticket was opened. */
  lastTicketOpenedAt: Maybe<Scalars['DateTime']['output']>;
  /** Median hours from opening to the first answer of the answered tickets opened in the last 90 days; null when there are none. */
  medianFirstResponseHours90d: Maybe<Scalars['Float']['output']>;
  /** Median hours from opening to resolution of the resolved tickets opened in the last 90 days; null when there are none. */
  medianResolutionHours90d: Maybe<Scalars['Float']['output']>;
  /** Tickets now OPEN or PENDING. */
  openTicketCount: Scalars['Int']['output'];
  /** Reopens of tickets opened in the last 90 days (a ticket reopened twice counts twice). */
  reopenedCount90d: Scalars['Int']['output'];
  /** Tickets opened in the last 90 days that are repeat contacts (within 7 days of the previous ticket, or reopened); each ticket counts once, so this is at most contactCount90d. */
  repeatContactCount90d: Scalars['Int']['output'];
  /** Tickets opened in the last 90 days that are now RESOLVED or CLOSED. */
  resolvedCount90d: Scalars['Int']['output'];
  /** All tickets ever opened. */
  ticketCount: Scalars['Int']['output'];
  /** Tickets now OPEN or PENDING that were opened more than 7 days ago. */
  ticketsOpenLongerThan7Days: Scalars['Int']['output'];
  /** TRANSFER interactions (agent to agent) in the last 90 days. */
  transferCount90d: Scalars['Int']['output'];
};

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

/** A page of a customer's cross-department timeline. */
export type TimelineConnection = {
  __typename?: 'TimelineConnection';
  /** The events on this page, newest first. */
  edges: Array<TimelineEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Events the timeline covers after the filters: of each department's 50 most recent, those that match. */
  totalCount: Scalars['Int']['output'];
  /** Departments that did not answer: their events are missing from this timeline. */
  unavailableDepartments: Array<Department>;
};

/** A timeline event and its cursor. */
export type TimelineEdge = {
  __typename?: 'TimelineEdge';
  /** Pass as `after` to continue after this event. */
  cursor: Scalars['String']['output'];
  /** The event. */
  node: ActivityEvent;
};

/** Which merge to undo. */
export type UnmergeCustomerInput = {
  /** The id that was merged into another customer. */
  mergedId: Scalars['ID']['input'];
};

/** What an unmerge restored. */
export type UnmergeResult = {
  __typename?: 'UnmergeResult';
  /** The customer restored to answer for itself. */
  restored: Customer;
  /** The ids that answer for the restored customer again. */
  restoredIds: Array<Scalars['ID']['output']>;
  /** The customer the id had been merged into, without the restored customer's data. */
  survivor: Customer;
};

/** Changes to a customer's profile; omitted fields stay as they are. */
export type UpdateCustomerInput = {
  /** Country (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** How to address the customer. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The customer to change. */
  id: Scalars['ID']['input'];
  /** Preferred locale (BCP 47). */
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  CustomerDataExport: CustomerDataExport;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"marketingSummary":{"signalCount90d":true,"lastSignalAt":true,"lastEngagedAt":true,"lastPricingViewAt":true,"lastProductResearchAt":true,"lastCompetitorComparisonAt":true,"lastCartAbandonedAt":true,"lastCheckoutErrorAt":true,"lastCancelIntentAt":true,"lastUnsubscribeAt":true,"keySignals":{"signalId":true,"kind":true,"channel":true,"topic":true,"occurredAt":true},"engagementRate90d":true,"consentedChannels":true,"marketingChannels":true,"serviceChannels":true,"preferredChannel":true,"leadScore":true,"leadStatus":true},"salesSummary":{"orderCount":true,"paidOrderCount":true,"paidOrderCount90d":true,"paidOrderCount365d":true,"netRevenue":{"currency":true,"amountMinor":true},"averageOrderValue":{"currency":true,"amountMinor":true},"mrr":{"currency":true,"amountMinor":true},"openPipeline":{"currency":true,"amountMinor":true},"firstOrderAt":true,"lastOrderAt":true,"averageDaysBetweenOrders":true,"activeSubscriptionCount":true,"activeSubscriptionSince":true,"lastSubscriptionCancelledAt":true,"openOpportunityCount":true,"lastOpportunityActivityAt":true,"openOpportunityIds":true},"supportSummary":{"ticketCount":true,"openTicketCount":true,"ticketsOpenLongerThan7Days":true,"lastTicketOpenedAt":true,"lastContactAt":true,"contactCount90d":true,"repeatContactCount90d":true,"reopenedCount90d":true,"transferCount90d":true,"botToHumanHandoffCount90d":true,"escalatedCount90d":true,"resolvedCount90d":true,"firstContactResolutionCount90d":true,"firstContactResolutionRate90d":true,"medianResolutionHours90d":true,"medianFirstResponseHours90d":true,"lastCsat":true,"lastCsatAt":true,"csatCount90d":true,"averageCsat90d":true,"averageAgentAssessment90d":true,"csatAndAssessmentPairs90d":true,"averageAssessmentMinusCsat90d":true,"keyTickets":{"ticketId":true,"status":true,"channel":true,"openedAt":true,"resolvedAt":true,"reopenedCount":true,"transferCount":true,"botToHumanHandoff":true,"escalated":true}}}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"marketingSummary":{"signalCount90d":true,"lastSignalAt":true,"lastEngagedAt":true,"lastPricingViewAt":true,"lastProductResearchAt":true,"lastCompetitorComparisonAt":true,"lastCartAbandonedAt":true,"lastCheckoutErrorAt":true,"lastCancelIntentAt":true,"lastUnsubscribeAt":true,"keySignals":{"signalId":true,"kind":true,"channel":true,"topic":true,"occurredAt":true},"engagementRate90d":true,"consentedChannels":true,"marketingChannels":true,"serviceChannels":true,"preferredChannel":true,"leadScore":true,"leadStatus":true},"salesSummary":{"orderCount":true,"paidOrderCount":true,"paidOrderCount90d":true,"paidOrderCount365d":true,"netRevenue":{"currency":true,"amountMinor":true},"averageOrderValue":{"currency":true,"amountMinor":true},"mrr":{"currency":true,"amountMinor":true},"openPipeline":{"currency":true,"amountMinor":true},"firstOrderAt":true,"lastOrderAt":true,"averageDaysBetweenOrders":true,"activeSubscriptionCount":true,"activeSubscriptionSince":true,"lastSubscriptionCancelledAt":true,"openOpportunityCount":true,"lastOpportunityActivityAt":true,"openOpportunityIds":true},"supportSummary":{"ticketCount":true,"openTicketCount":true,"ticketsOpenLongerThan7Days":true,"lastTicketOpenedAt":true,"lastContactAt":true,"contactCount90d":true,"repeatContactCount90d":true,"reopenedCount90d":true,"transferCount90d":true,"botToHumanHandoffCount90d":true,"escalatedCount90d":true,"resolvedCount90d":true,"firstContactResolutionCount90d":true,"firstContactResolutionRate90d":true,"medianResolutionHours90d":true,"medianFirstResponseHours90d":true,"lastCsat":true,"lastCsatAt":true,"csatCount90d":true,"averageCsat90d":true,"averageAgentAssessment90d":true,"csatAndAssessmentPairs90d":true,"averageAssessmentMinusCsat90d":true,"keyTickets":{"ticketId":true,"status":true,"channel":true,"openedAt":true,"resolvedAt":true,"reopenedCount":true,"transferCount":true,"botToHumanHandoff":true,"escalated":true}},"marketingActivity":{"id":true,"department":true,"kind":true,"channel":true,"summary":true,"occurredAt":true,"sourceId":true},"salesActivity":{"id":true,"department":true,"kind":true,"channel":true,"summary":true,"occurredAt":true,"sourceId":true},"supportActivity":{"id":true,"department":true,"kind":true,"channel":true,"summary":true,"occurredAt":true,"sourceId":true}}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"marketingActivity":{"id":true,"department":true,"kind":true,"channel":true,"summary":true,"occurredAt":true,"sourceId":true},"salesActivity":{"id":true,"department":true,"kind":true,"channel":true,"summary":true,"occurredAt":true,"sourceId":true},"supportActivity":{"id":true,"department":true,"kind":true,"channel":true,"summary":true,"occurredAt":true,"sourceId":true}}> ) );
  CustomerDataExport:
    ( { __typename: 'CustomerDataExport' }
    & GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerId":true}> );
}>;


/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Kpi:
    | ( ActionabilityKpi )
    | ( LifecycleStageKpi )
    | ( LifetimeValueKpi )
    | ( NextBestAction )
    | ( NumberKpi )
    | ( ResolutionKpi )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActionabilityInput: ActionabilityInput;
  ActionabilityKpi: ResolverTypeWrapper<ActionabilityKpi>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityKind: ActivityKind;
  ActorKind: ActorKind;
  AuditAction: AuditAction;
  AuditDetail: ResolverTypeWrapper<AuditDetail>;
  AuditEvent: ResolverTypeWrapper<AuditEventEntity>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  ConfirmErasureInput: ConfirmErasureInput;
  ContactChannel: ContactChannel;
  CreateCustomerInput: CreateCustomerInput;
  Customer: ResolverTypeWrapper<CustomerModel>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportModel>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerIdentifier: ResolverTypeWrapper<CustomerIdentifierEntity>;
  CustomerKpis: ResolverTypeWrapper<CustomerKpis>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  Erasure: ResolverTypeWrapper<ErasureView>;
  ErasureReceipt: ResolverTypeWrapper<ErasureReceiptEntity>;
  ErasureReceiptStatus: ErasureReceiptStatus;
  ErasureService: ErasureService;
  ErasureStatus: ErasureStatus;
  Evidence: ResolverTypeWrapper<Evidence>;
  EvidenceKind: EvidenceKind;
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  IdentifierKind: IdentifierKind;
  IdentifyInput: IdentifyInput;
  IdentifyOutcome: IdentifyOutcome;
  IdentifyResult: ResolverTypeWrapper<Omit<IdentifyResult, 'customer' | 'linkedIdentifiers' | 'matchedOn'> & { customer: ResolversTypes['Customer'], linkedIdentifiers: Array<ResolversTypes['CustomerIdentifier']>, matchedOn?: Maybe<ResolversTypes['CustomerIdentifier']> }>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeySignal: ResolverTypeWrapper<KeySignal>;
  KeyTicket: ResolverTypeWrapper<KeyTicket>;
  Kpi: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Kpi']>;
  KpiDefinition: ResolverTypeWrapper<KpiDefinition>;
  KpiDimension: KpiDimension;
  KpiFactor: ResolverTypeWrapper<KpiFactor>;
  LeadStatus: LeadStatus;
  LifecycleKpiRow: ResolverTypeWrapper<LifecycleKpiRow>;
  LifecycleStage: LifecycleStage;
  LifecycleStageKpi: ResolverTypeWrapper<LifecycleStageKpi>;
  LifetimeValue: ResolverTypeWrapper<LifetimeValue>;
  LifetimeValueKpi: ResolverTypeWrapper<LifetimeValueKpi>;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  MarketingSummary: ResolverTypeWrapper<MarketingSummary>;
  MergeConflict: ResolverTypeWrapper<MergeConflict>;
  MergeCustomersInput: MergeCustomersInput;
  MergeResult: ResolverTypeWrapper<Omit<MergeResult, 'merged' | 'movedIdentifiers' | 'survivor'> & { merged: ResolversTypes['Customer'], movedIdentifiers: Array<ResolversTypes['CustomerIdentifier']>, survivor: ResolversTypes['Customer'] }>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NextBestAction: ResolverTypeWrapper<NextBestAction>;
  NextBestActionKind: NextBestActionKind;
  NumberKpi: ResolverTypeWrapper<NumberKpi>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PendingErasure: ResolverTypeWrapper<ErasureEntity>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResolutionKpi: ResolverTypeWrapper<ResolutionKpi>;
  SalesSummary: ResolverTypeWrapper<SalesSummary>;
  SignalChannel: SignalChannel;
  SignalKind: SignalKind;
  SupportChannel: SupportChannel;
  SupportSummary: ResolverTypeWrapper<SupportSummary>;
  TicketStatus: TicketStatus;
  TimelineConnection: ResolverTypeWrapper<TimelineConnection>;
  TimelineEdge: ResolverTypeWrapper<TimelineEdge>;
  UnmergeCustomerInput: UnmergeCustomerInput;
  UnmergeResult: ResolverTypeWrapper<Omit<UnmergeResult, 'restored' | 'survivor'> & { restored: ResolversTypes['Customer'], survivor: ResolversTypes['Customer'] }>;
  UpdateCustomerInput: UpdateCustomerInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActionabilityKpi: ActionabilityKpi;
  Boolean: Scalars['Boolean']['output'];
  Float: Scalars['Float']['output'];
  String: Scalars['String']['output'];
  ActivityEvent: ActivityEvent;
  ID: Scalars['ID']['output'];
  AuditDetail: AuditDetail;
  AuditEvent: AuditEventEntity;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  Int: Scalars['Int']['output'];
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  ConfirmErasureInput: ConfirmErasureInput;
  CreateCustomerInput: CreateCustomerInput;
  Customer: CustomerModel;
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  CustomerDataExport: CustomerDataExportModel;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerIdentifier: CustomerIdentifierEntity;
  CustomerKpis: CustomerKpis;
  DateTime: Scalars['DateTime']['output'];
  Erasure: ErasureView;
  ErasureReceipt: ErasureReceiptEntity;
  Evidence: Evidence;
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  IdentifyInput: IdentifyInput;
  IdentifyResult: Omit<IdentifyResult, 'customer' | 'linkedIdentifiers' | 'matchedOn'> & { customer: ResolversParentTypes['Customer'], linkedIdentifiers: Array<ResolversParentTypes['CustomerIdentifier']>, matchedOn?: Maybe<ResolversParentTypes['CustomerIdentifier']> };
  JSON: Scalars['JSON']['output'];
  KeySignal: KeySignal;
  KeyTicket: KeyTicket;
  Kpi: ResolversInterfaceTypes<ResolversParentTypes>['Kpi'];
  KpiDefinition: KpiDefinition;
  KpiFactor: KpiFactor;
  LifecycleKpiRow: LifecycleKpiRow;
  LifecycleStageKpi: LifecycleStageKpi;
  LifetimeValue: LifetimeValue;
  LifetimeValueKpi: LifetimeValueKpi;
  Long: Scalars['Long']['output'];
  MarketingSummary: MarketingSummary;
  MergeConflict: MergeConflict;
  MergeCustomersInput: MergeCustomersInput;
  MergeResult: Omit<MergeResult, 'merged' | 'movedIdentifiers' | 'survivor'> & { merged: ResolversParentTypes['Customer'], movedIdentifiers: Array<ResolversParentTypes['CustomerIdentifier']>, survivor: ResolversParentTypes['Customer'] };
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  NextBestAction: NextBestAction;
  NumberKpi: NumberKpi;
  PageInfo: PageInfo;
  PendingErasure: ErasureEntity;
  Query: Record<PropertyKey, never>;
  ResolutionKpi: ResolutionKpi;
  SalesSummary: SalesSummary;
  SupportSummary: SupportSummary;
  TimelineConnection: TimelineConnection;
  TimelineEdge: TimelineEdge;
  UnmergeCustomerInput: UnmergeCustomerInput;
  UnmergeResult: Omit<UnmergeResult, 'restored' | 'survivor'> & { restored: ResolversParentTypes['Customer'], survivor: ResolversParentTypes['Customer'] };
  UpdateCustomerInput: UpdateCustomerInput;
}>;

export type ActionabilityKpiResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ActionabilityKpi'] = ResolversParentTypes['ActionabilityKpi']> = ResolversObject<{
  absent?: Resolver<Array<ResolversTypes['ActionabilityInput']>, ParentType, ContextType>;
  actionable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['KpiFactor']>, ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  present?: Resolver<Array<ResolversTypes['ActionabilityInput']>, ParentType, ContextType>;
  unavailableDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ActivityEventResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditDetailResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditDetail'] = ResolversParentTypes['AuditDetail']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actorKind?: Resolver<ResolversTypes['ActorKind'], ParentType, ContextType>;
  customerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  detail?: Resolver<Array<ResolversTypes['AuditDetail']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scopes?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  erasedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Maybe<Array<ResolversTypes['CustomerIdentifier']>>, ParentType, ContextType>;
  kpis?: Resolver<Maybe<ResolversTypes['CustomerKpis']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  mergedIds?: Resolver<Maybe<Array<ResolversTypes['ID']>>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  timeline?: Resolver<Maybe<ResolversTypes['TimelineConnection']>, ParentType, ContextType, RequireFields<CustomerTimelineArgs, 'first'>>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  snapshotAsOf?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerDataExportResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  exportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerIdentifierResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerIdentifier'] = ResolversParentTypes['CustomerIdentifier']> = ResolversObject<{
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['IdentifierKind'], ParentType, ContextType>;
  system?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerKpisResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerKpis'] = ResolversParentTypes['CustomerKpis']> = ResolversObject<{
  actionability?: Resolver<ResolversTypes['ActionabilityKpi'], ParentType, ContextType>;
  churnRisk?: Resolver<ResolversTypes['NumberKpi'], ParentType, ContextType>;
  lifecycleStage?: Resolver<ResolversTypes['LifecycleStageKpi'], ParentType, ContextType>;
  lifetimeValue?: Resolver<ResolversTypes['LifetimeValueKpi'], ParentType, ContextType>;
  nextBestAction?: Resolver<ResolversTypes['NextBestAction'], ParentType, ContextType>;
  perceptionGap?: Resolver<ResolversTypes['NumberKpi'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['ResolutionKpi'], ParentType, ContextType>;
  silence?: Resolver<ResolversTypes['NumberKpi'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type ErasureResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Erasure'] = ResolversParentTypes['Erasure']> = ResolversObject<{
  completedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  customerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  receipts?: Resolver<Array<ResolversTypes['ErasureReceipt']>, ParentType, ContextType>;
  requestedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  requestedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureStatus'], ParentType, ContextType>;
}>;

export type ErasureReceiptResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ErasureReceipt'] = ResolversParentTypes['ErasureReceipt']> = ResolversObject<{
  confirmedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  rowsDeidentified?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rowsErased?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['ErasureService'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ErasureReceiptStatus'], ParentType, ContextType>;
}>;

export type EvidenceResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EvidenceKind'], ParentType, ContextType>;
}>;

export type IdentifyResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['IdentifyResult'] = ResolversParentTypes['IdentifyResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  linkedIdentifiers?: Resolver<Array<ResolversTypes['CustomerIdentifier']>, ParentType, ContextType>;
  matchedOn?: Resolver<Maybe<ResolversTypes['CustomerIdentifier']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['IdentifyOutcome'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KpiResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Kpi'] = ResolversParentTypes['Kpi']> = ResolversObject<{
  __resolveType: TypeResolveFn<'ActionabilityKpi' | 'LifecycleStageKpi' | 'LifetimeValueKpi' | 'NextBestAction' | 'NumberKpi' | 'ResolutionKpi', ParentType, ContextType>;
}>;

export type KpiDefinitionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['KpiDefinition'] = ResolversParentTypes['KpiDefinition']> = ResolversObject<{
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  inputs?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type KpiFactorResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['KpiFactor'] = ResolversParentTypes['KpiFactor']> = ResolversObject<{
  contribution?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  input?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LifecycleKpiRowResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LifecycleKpiRow'] = ResolversParentTypes['LifecycleKpiRow']> = ResolversObject<{
  actionableShare?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  asOf?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  averageChurnRisk?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  averageClvMinor?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  averagePerceptionGap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageSilence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  customers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  day?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dimension?: Resolver<ResolversTypes['KpiDimension'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianClvMinor?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  medianResolutionHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  p90ClvMinor?: Resolver<Maybe<ResolversTypes['Long']>, ParentType, ContextType>;
  reportingCurrency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LifecycleStageKpiResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LifecycleStageKpi'] = ResolversParentTypes['LifecycleStageKpi']> = ResolversObject<{
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['KpiFactor']>, ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['LifecycleStage'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type LifetimeValueResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LifetimeValue'] = ResolversParentTypes['LifetimeValue']> = ResolversObject<{
  costToServeMinor?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  historicalMinor?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  predictedMinor?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  totalMinor?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
}>;

export type LifetimeValueKpiResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['LifetimeValueKpi'] = ResolversParentTypes['LifetimeValueKpi']> = ResolversObject<{
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['KpiFactor']>, ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['LifetimeValue']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MergeConflictResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MergeConflict'] = ResolversParentTypes['MergeConflict']> = ResolversObject<{
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mergedValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  survivorValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MergeResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['MergeResult'] = ResolversParentTypes['MergeResult']> = ResolversObject<{
  conflicts?: Resolver<Array<ResolversTypes['MergeConflict']>, ParentType, ContextType>;
  dryRun?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  merged?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  mergedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  movedIdentifiers?: Resolver<Array<ResolversTypes['CustomerIdentifier']>, ParentType, ContextType>;
  movedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  confirmErasure?: Resolver<ResolversTypes['ErasureReceipt'], ParentType, ContextType, RequireFields<MutationConfirmErasureArgs, 'input'>>;
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  eraseCustomer?: Resolver<ResolversTypes['Erasure'], ParentType, ContextType, RequireFields<MutationEraseCustomerArgs, 'id'>>;
  identify?: Resolver<ResolversTypes['IdentifyResult'], ParentType, ContextType, RequireFields<MutationIdentifyArgs, 'input'>>;
  mergeCustomers?: Resolver<ResolversTypes['MergeResult'], ParentType, ContextType, RequireFields<MutationMergeCustomersArgs, 'input'>>;
  unmergeCustomer?: Resolver<ResolversTypes['UnmergeResult'], ParentType, ContextType, RequireFields<MutationUnmergeCustomerArgs, 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'input'>>;
}>;

export type NextBestActionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['NextBestAction'] = ResolversParentTypes['NextBestAction']> = ResolversObject<{
  action?: Resolver<ResolversTypes['NextBestActionKind'], ParentType, ContextType>;
  channel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['KpiFactor']>, ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  humanRequired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type NumberKpiResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['NumberKpi'] = ResolversParentTypes['NumberKpi']> = ResolversObject<{
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['KpiFactor']>, ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PendingErasureResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PendingErasure'] = ResolversParentTypes['PendingErasure']> = ResolversObject<{
  customerIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  erasureId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryAuditEventsArgs, 'customerId' | 'first'>>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerByIdentifier?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerByIdentifierArgs, 'identifier'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  customersByIdentifiers?: Resolver<Array<Maybe<ResolversTypes['Customer']>>, ParentType, ContextType, RequireFields<QueryCustomersByIdentifiersArgs, 'identifiers'>>;
  erasure?: Resolver<Maybe<ResolversTypes['Erasure']>, ParentType, ContextType, RequireFields<QueryErasureArgs, 'customerId'>>;
  exportCustomerData?: Resolver<ResolversTypes['CustomerDataExport'], ParentType, ContextType, RequireFields<QueryExportCustomerDataArgs, 'id'>>;
  kpiDefinitions?: Resolver<Array<ResolversTypes['KpiDefinition']>, ParentType, ContextType>;
  lifecycleKpis?: Resolver<Array<ResolversTypes['LifecycleKpiRow']>, ParentType, ContextType, RequireFields<QueryLifecycleKpisArgs, 'from' | 'to'>>;
  pendingErasures?: Resolver<Array<ResolversTypes['PendingErasure']>, ParentType, ContextType, RequireFields<QueryPendingErasuresArgs, 'service'>>;
}>;

export type ResolutionKpiResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['ResolutionKpi'] = ResolversParentTypes['ResolutionKpi']> = ResolversObject<{
  computedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factors?: Resolver<Array<ResolversTypes['KpiFactor']>, ParentType, ContextType>;
  firstContactResolutionRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  formulaVersion?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  medianResolutionHours?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TimelineConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TimelineConnection'] = ResolversParentTypes['TimelineConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TimelineEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unavailableDepartments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
}>;

export type TimelineEdgeResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['TimelineEdge'] = ResolversParentTypes['TimelineEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityEvent'], ParentType, ContextType>;
}>;

export type UnmergeResultResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['UnmergeResult'] = ResolversParentTypes['UnmergeResult']> = ResolversObject<{
  restored?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  restoredIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = CustomersContext> = ResolversObject<{
  ActionabilityKpi?: ActionabilityKpiResolvers<ContextType>;
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AuditDetail?: AuditDetailResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerIdentifier?: CustomerIdentifierResolvers<ContextType>;
  CustomerKpis?: CustomerKpisResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Erasure?: ErasureResolvers<ContextType>;
  ErasureReceipt?: ErasureReceiptResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  IdentifyResult?: IdentifyResultResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Kpi?: KpiResolvers<ContextType>;
  KpiDefinition?: KpiDefinitionResolvers<ContextType>;
  KpiFactor?: KpiFactorResolvers<ContextType>;
  LifecycleKpiRow?: LifecycleKpiRowResolvers<ContextType>;
  LifecycleStageKpi?: LifecycleStageKpiResolvers<ContextType>;
  LifetimeValue?: LifetimeValueResolvers<ContextType>;
  LifetimeValueKpi?: LifetimeValueKpiResolvers<ContextType>;
  Long?: GraphQLScalarType;
  MergeConflict?: MergeConflictResolvers<ContextType>;
  MergeResult?: MergeResultResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextBestAction?: NextBestActionResolvers<ContextType>;
  NumberKpi?: NumberKpiResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PendingErasure?: PendingErasureResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResolutionKpi?: ResolutionKpiResolvers<ContextType>;
  TimelineConnection?: TimelineConnectionResolvers<ContextType>;
  TimelineEdge?: TimelineEdgeResolvers<ContextType>;
  UnmergeResult?: UnmergeResultResolvers<ContextType>;
}>;

