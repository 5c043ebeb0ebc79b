import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef } from '../../../../lib/graphql/customer-ref';
import type { SignalEntity } from '../entities/signal.entity';
import type { AuditEventEntity } from '../../../../lib/db/audit-event.entity';
import type { ConsentEntity } from '../entities/consent.entity';
import type { ConsentEventEntity } from '../entities/consent-event.entity';
import type { CampaignEntity } from '../entities/campaign.entity';
import type { TouchEntity } from '../entities/touch.entity';
import type { LeadScoreEntity } from '../entities/lead-score.entity';
import type { CustomerDataExportRef } from '../../../../lib/privacy/export-rows';
import type { MarketingContext } from '../context';
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
  _FieldSet: { input: unknown; output: unknown; }
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

/** A marketing campaign: a series of messages on one channel. */
export type Campaign = {
  __typename?: 'Campaign';
  /** The channel its messages go out on. */
  channel: ContactChannel;
  /** When it ended; null while it runs. */
  endedAt: Maybe<Scalars['DateTime']['output']>;
  /** Campaign id (UUID). */
  id: Scalars['ID']['output'];
  /** Name. */
  name: Scalars['String']['output'];
  /** The consent purpose its messages rely on. */
  purpose: ConsentPurpose;
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Delivery and engagement figures over all its messages. */
  stats: CampaignStats;
  /** Its messages, most recently sent first. */
  touches: TouchConnection;
};


/** A marketing campaign: a series of messages on one channel. */
export type CampaignTouchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of campaigns. */
export type CampaignConnection = {
  __typename?: 'CampaignConnection';
  /** The campaigns on this page. */
  edges: Array<CampaignEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Campaigns in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A campaign and its cursor. */
export type CampaignEdge = {
  __typename?: 'CampaignEdge';
  /** Pass as `after` to continue after this campaign. */
  cursor: Scalars['String']['output'];
  /** The campaign. */
  node: Campaign;
};

/** Delivery and engagement figures of a campaign. */
export type CampaignStats = {
  __typename?: 'CampaignStats';
  /** Messages that bounced. */
  bounced: Scalars['Int']['output'];
  /** Messages clicked. */
  clicked: Scalars['Int']['output'];
  /** opened / sent; null when none was sent. */
  engagementRate: Maybe<Scalars['Float']['output']>;
  /** Messages opened (or clicked). */
  opened: Scalars['Int']['output'];
  /** Messages sent. */
  sent: Scalars['Int']['output'];
  /** unsubscribed / sent; null when none was sent. */
  unsubscribeRate: Maybe<Scalars['Float']['output']>;
  /** Messages the customer unsubscribed through. */
  unsubscribed: Scalars['Int']['output'];
};

/** The customer's current consent for one channel and purpose. */
export type Consent = {
  __typename?: 'Consent';
  /** The channel. */
  channel: ContactChannel;
  /** Whether contact on this channel for this purpose is allowed. */
  granted: Scalars['Boolean']['output'];
  /** The purpose. */
  purpose: ConsentPurpose;
  /** When the customer made the decision. */
  recordedAt: Scalars['DateTime']['output'];
  /** Where the decision came from, e.g. web-form, agent, import, unsubscribe-link. */
  source: Scalars['String']['output'];
};

/** One recorded consent decision. */
export type ConsentEvent = {
  __typename?: 'ConsentEvent';
  /** The channel. */
  channel: ContactChannel;
  /** Whether it granted or withdrew consent. */
  granted: Scalars['Boolean']['output'];
  /** Event id (UUID). */
  id: Scalars['ID']['output'];
  /** The purpose. */
  purpose: ConsentPurpose;
  /** When marketing received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** When the customer made the decision. */
  recordedAt: Scalars['DateTime']['output'];
  /** Where the decision came from. */
  source: Scalars['String']['output'];
};

/** A page of consent decisions. */
export type ConsentEventConnection = {
  __typename?: 'ConsentEventConnection';
  /** The decisions on this page. */
  edges: Array<ConsentEventEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Decisions in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A consent decision and its cursor. */
export type ConsentEventEdge = {
  __typename?: 'ConsentEventEdge';
  /** Pass as `after` to continue after this decision. */
  cursor: Scalars['String']['output'];
  /** The decision. */
  node: ConsentEvent;
};

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

/** A campaign to create. */
export type CreateCampaignInput = {
  /** The channel its messages go out on. */
  channel: ContactChannel;
  /** The sender's own id for the campaign, its idempotency key: unique across all campaigns (at most 200 characters). */
  clientCampaignId: Scalars['String']['input'];
  /** When it ends, not before it starts. */
  endedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Name. */
  name: Scalars['String']['input'];
  /** The consent purpose its messages rely on (default MARKETING). */
  purpose?: InputMaybe<ConsentPurpose>;
  /** When it starts (default now); at most ten years ahead. */
  startedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A customer, as the marketing department knows them. */
export type Customer = {
  __typename?: 'Customer';
  /** Every consent decision recorded for the customer, most recent first. */
  consentHistory: Maybe<ConsentEventConnection>;
  /**
   * The customer's current consent per channel and purpose (only those ever recorded). With merged customers,
   * the latest decision of any of them per channel and purpose (on a tie, a withdrawal).
   */
  consents: Maybe<Array<Consent>>;
  /** The canonical customer id (UUID). */
  id: Scalars['ID']['output'];
  /** Marketing's lead score and status for the customer (with merged customers, the latest set); null when none was ever set. */
  leadScore: Maybe<LeadScore>;
  /** The customer's most recent marketing events (signals, campaign messages, consent decisions), at most 50, newest first (ties by id, descending): marketing's part of the cross-department timeline. */
  marketingActivity: Maybe<Array<ActivityEvent>>;
  /** Raw marketing figures for this customer, the inputs of the shared lifecycle KPIs. */
  marketingSummary: Maybe<MarketingSummary>;
  /**
   * Ids of the customers merged into this one, from the customers subgraph. This department reads its rows
   * for `[id, ...mergedIds]`, so a merge rewrites none of them; null or absent reads as none.
   */
  mergedIds: Maybe<Array<Scalars['ID']['output']>>;
  /**
   * The channel to reach the customer on: their explicit choice (with merged customers, the latest), else the
   * consented one they engage with most.
   */
  preferredChannel: Maybe<PreferredChannel>;
  /** The customer's behavioural signals, most recent first. */
  signals: Maybe<SignalConnection>;
  /** Campaign messages sent to the customer, most recently sent first. */
  touches: Maybe<TouchConnection>;
};


/** A customer, as the marketing department knows them. */
export type CustomerConsentHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer, as the marketing department knows them. */
export type CustomerSignalsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<SignalKind>>;
};


/** A customer, as the marketing department knows them. */
export type CustomerTouchesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
   * What marketing holds, by table: `signals`, `consents`, `consentEvents`, `touches`, `leadScores`,
   * `preferredChannels`, `appliedRequests` (the updates applied under a client's key, with their answers)
   * and `auditEvents` (the audit log's events naming them). Null, with a SERVICE_UNAVAILABLE error, when
   * marketing did not answer.
   */
  marketing: Maybe<Scalars['JSON']['output']>;
};

/** The department an activity, action or input belongs to. */
export type Department =
  /** Marketing: signals, consent, campaigns, leads. */
  | 'MARKETING'
  /** Sales: orders, subscriptions, opportunities. */
  | 'SALES'
  /** Support: tickets, interactions, satisfaction. */
  | 'SUPPORT';

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

/** Marketing's lead score and status for a customer. */
export type LeadScore = {
  __typename?: 'LeadScore';
  /** Score from 0 (cold) to 100 (ready to buy). */
  score: Scalars['Int']['output'];
  /** Funnel status. */
  status: LeadStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
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
  /** When the latest campaign message was sent. */
  lastTouchSentAt: Maybe<Scalars['DateTime']['output']>;
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
  /** All signals ever received. */
  signalCount: Scalars['Int']['output'];
  /** Signals that occurred in the last 90 days. */
  signalCount90d: Scalars['Int']['output'];
  /** Of those, bounced. */
  touchesBounced90d: Scalars['Int']['output'];
  /** Of those, clicked. */
  touchesClicked90d: Scalars['Int']['output'];
  /** Of those, opened (or clicked). */
  touchesOpened90d: Scalars['Int']['output'];
  /** Campaign messages sent in the last 90 days. */
  touchesSent90d: Scalars['Int']['output'];
  /** Of those, unsubscribed through. */
  touchesUnsubscribed90d: Scalars['Int']['output'];
};

/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Creates a campaign. Replaying the clientCampaignId returns the first campaign; the key with another payload
   * is a CONFLICT.
   */
  createCampaign: Campaign;
  /**
   * Records a batch of 1–1000 behavioural signals, all or nothing: one invalid, unknown or conflicting signal
   * writes none of the batch, and the error's `extensions.field` names it (`input.signals.<index>.…`). Each
   * clientEventId is an idempotency key: a replayed event returns the stored signal (counted in `duplicates`);
   * the key with another payload or customer is a CONFLICT.
   */
  recordSignals: RecordSignalsPayload;
  /**
   * Records a campaign message sent to a customer. Replaying the clientTouchId returns the first touch; the key
   * with another payload or recipient is a CONFLICT.
   */
  recordTouch: Touch;
  /**
   * Records what happened to a sent message (the earliest time of each event is kept); an UNSUBSCRIBED event
   * also withdraws the customer's MARKETING consent for the touch's channel. Replaying the clientEventId returns
   * the first answer and changes nothing; the key with another payload is a CONFLICT.
   */
  recordTouchEvent: Touch;
  /**
   * Records a consent decision; the current consent changes unless a later decision is already recorded.
   * Replaying the clientEventId returns the first answer and records nothing; the key with another payload or
   * customer is a CONFLICT.
   */
  setConsent: Consent;
  /**
   * Sets the channel the customer explicitly prefers (it replaces the inferred one). Replaying the clientEventId
   * returns the first answer and changes nothing; the key with another payload or customer is a CONFLICT.
   */
  setPreferredChannel: PreferredChannel;
  /**
   * Sets a customer's lead score and status. Replaying the clientEventId returns the first answer and changes
   * nothing; the key with another payload or customer is a CONFLICT.
   */
  updateLeadScore: LeadScore;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationCreateCampaignArgs = {
  input: CreateCampaignInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationRecordSignalsArgs = {
  input: RecordSignalsInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationRecordTouchArgs = {
  input: RecordTouchInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationRecordTouchEventArgs = {
  input: RecordTouchEventInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationSetConsentArgs = {
  input: SetConsentInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationSetPreferredChannelArgs = {
  input: SetPreferredChannelInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationUpdateLeadScoreArgs = {
  input: UpdateLeadScoreInput;
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

/** The channel to reach a customer on. */
export type PreferredChannel = {
  __typename?: 'PreferredChannel';
  /** The channel. */
  channel: ContactChannel;
  /** Chosen by the customer, or inferred from their engagement. */
  source: PreferredChannelSource;
  /** When it was chosen, or the latest engagement it was inferred from. */
  updatedAt: Scalars['DateTime']['output'];
};

/** How the preferred channel was determined. */
export type PreferredChannelSource =
  /** The customer (or an agent for them) chose it. */
  | 'EXPLICIT'
  /**
   * Inferred: among the channels with a granted MARKETING or SERVICE consent, the one the customer engaged
   * with most in the last 180 days (opened or clicked messages; email signals count for EMAIL, app signals for PUSH).
   */
  | 'INFERRED';

/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type Query = {
  __typename?: 'Query';
  /** One campaign by id; null when there is none. */
  campaign: Maybe<Campaign>;
  /** Every campaign, most recently started first. */
  campaigns: CampaignConnection;
  /**
   * One customer's consent changes from marketing's audit log, newest first: every decision recorded (by
   * setConsent, or an unsubscribe through recordTouchEvent), who recorded it and when. Answers for any id the
   * customer has or had, with the events of its whole merged group. The customer's other audit events are in
   * the customers service's `auditEvents`.
   */
  consentAuditEvents: AuditEventConnection;
  /** One marketing timeline event by its id, as `ActivityEvent.id` gives it; null when marketing has no such event. */
  marketingActivityEvent: Maybe<ActivityEvent>;
  /** One signal by id; null when there is none. */
  signal: Maybe<Signal>;
  /** One touch (a campaign message to one customer) by id; null when there is none. */
  touch: Maybe<Touch>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryCampaignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryConsentAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryMarketingActivityEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QuerySignalArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryTouchArgs = {
  id: Scalars['ID']['input'];
};

/** A batch of signals to record. */
export type RecordSignalsInput = {
  /** 1–1000 signals; one invalid signal rejects the whole batch. */
  signals: Array<SignalInput>;
};

/** The result of recording a batch of signals. */
export type RecordSignalsPayload = {
  __typename?: 'RecordSignalsPayload';
  /** Signals newly stored by this request. */
  accepted: Scalars['Int']['output'];
  /** Signals that were replays of already stored (or repeated in the batch) events. */
  duplicates: Scalars['Int']['output'];
  /** The stored signal for every input, in input order. */
  signals: Array<Signal>;
};

/** Something that happened to a sent message. */
export type RecordTouchEventInput = {
  /** When it happened (default now); not in the future and not before the message was sent. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The sender's own id for this event, its idempotency key: unique across all recordTouchEvent writes (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** What happened. A bounced message cannot be opened, clicked or unsubscribed through, and the reverse. */
  event: TouchEvent;
  /** The touch. */
  touchId: Scalars['ID']['input'];
};

/** A campaign message that was sent. */
export type RecordTouchInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The sender's own id for the message, its idempotency key: unique across all touches whatever the customer (at most 200 characters). */
  clientTouchId: Scalars['String']['input'];
  /** The recipient: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** When it was sent (default now); not in the future and not before the campaign started. */
  sentAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** A consent decision to record. */
export type SetConsentInput = {
  /** The channel. */
  channel: ContactChannel;
  /** The sender's own id for this decision, its idempotency key: unique across all setConsent writes whatever the customer (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** The customer: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** Whether the customer grants (true) or withdraws (false) consent. */
  granted: Scalars['Boolean']['input'];
  /** The purpose. */
  purpose: ConsentPurpose;
  /** When the customer decided (default now); not in the future. */
  recordedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Where the decision came from, e.g. web-form, agent, import. */
  source: Scalars['String']['input'];
};

/** A preferred channel to set. */
export type SetPreferredChannelInput = {
  /** The channel they prefer. */
  channel: ContactChannel;
  /** The sender's own id for this choice, its idempotency key: unique across all setPreferredChannel writes whatever the customer (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** The customer: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
};

/** A behavioural event: something a customer did on the web, in the app or with an email. */
export type Signal = {
  __typename?: 'Signal';
  /** Where it was captured. */
  channel: SignalChannel;
  /** The sender's own id for the event, its idempotency key. */
  clientEventId: Scalars['String']['output'];
  /** The customer who did it. */
  customer: Customer;
  /** Signal id (UUID). */
  id: Scalars['ID']['output'];
  /** What the customer did. */
  kind: SignalKind;
  /** When the customer did it. */
  occurredAt: Scalars['DateTime']['output'];
  /** When marketing received it. */
  receivedAt: Scalars['DateTime']['output'];
  /** What it was about, e.g. pricing, plan-pro, checkout. */
  topic: Maybe<Scalars['String']['output']>;
  /** The page or link, when known. */
  url: Maybe<Scalars['String']['output']>;
};

/** Where a signal was captured. */
export type SignalChannel =
  /** The mobile app. */
  | 'APP'
  /** An email (open and click tracking). */
  | 'EMAIL'
  /** The website. */
  | 'WEB';

/** A page of signals. */
export type SignalConnection = {
  __typename?: 'SignalConnection';
  /** The signals on this page. */
  edges: Array<SignalEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Signals in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A signal and its cursor. */
export type SignalEdge = {
  __typename?: 'SignalEdge';
  /** Pass as `after` to continue after this signal. */
  cursor: Scalars['String']['output'];
  /** The signal. */
  node: Signal;
};

/** One signal to record. */
export type SignalInput = {
  /** Where it was captured. */
  channel: SignalChannel;
  /** The sender's own id for the event, its idempotency key: unique across all signals whatever the customer (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** The customer who did it: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** What the customer did. */
  kind: SignalKind;
  /** When the customer did it; not in the future. */
  occurredAt: Scalars['DateTime']['input'];
  /** What it was about, as a slug of letters, digits and dashes (at most 100), e.g. pricing, plan-pro, checkout. */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** The page or link (at most 2000 characters). */
  url?: InputMaybe<Scalars['String']['input']>;
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

/** One campaign message sent to one customer. */
export type Touch = {
  __typename?: 'Touch';
  /** When it bounced. */
  bouncedAt: Maybe<Scalars['DateTime']['output']>;
  /** The campaign it belongs to. */
  campaign: Campaign;
  /** The channel it went out on. */
  channel: ContactChannel;
  /** When a link in it was first clicked. */
  clickedAt: Maybe<Scalars['DateTime']['output']>;
  /** The sender's own id for the message; null for messages recorded before it was required. */
  clientTouchId: Maybe<Scalars['String']['output']>;
  /** The recipient. */
  customer: Customer;
  /** Touch id (UUID). */
  id: Scalars['ID']['output'];
  /** When it was first opened. */
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was sent. */
  sentAt: Scalars['DateTime']['output'];
  /** How far it got: UNSUBSCRIBED, else BOUNCED, else CLICKED, else OPENED, else SENT. */
  status: TouchStatus;
  /** When the customer unsubscribed through it. */
  unsubscribedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of touches. */
export type TouchConnection = {
  __typename?: 'TouchConnection';
  /** The touches on this page. */
  edges: Array<TouchEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Touches in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A touch and its cursor. */
export type TouchEdge = {
  __typename?: 'TouchEdge';
  /** Pass as `after` to continue after this touch. */
  cursor: Scalars['String']['output'];
  /** The touch. */
  node: Touch;
};

/** Something that happened to a sent message. */
export type TouchEvent =
  /** It could not be delivered. */
  | 'BOUNCED'
  /** The customer clicked a link in it (implies opened). */
  | 'CLICKED'
  /** The customer opened it. */
  | 'OPENED'
  /** The customer unsubscribed through it. */
  | 'UNSUBSCRIBED';

/** How far a campaign message got. */
export type TouchStatus =
  /** It could not be delivered. */
  | 'BOUNCED'
  /** A link in it was clicked. */
  | 'CLICKED'
  /** Opened. */
  | 'OPENED'
  /** Sent, no reaction recorded. */
  | 'SENT'
  /** The customer unsubscribed from it. */
  | 'UNSUBSCRIBED';

/** A lead score to set. */
export type UpdateLeadScoreInput = {
  /** The sender's own id for this update, its idempotency key: unique across all updateLeadScore writes whatever the customer (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** The customer: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** Score from 0 to 100. */
  score: Scalars['Int']['input'];
  /** Funnel status. */
  status: LeadStatus;
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
  Campaign: Campaign;
  Customer: Customer;
  CustomerDataExport: CustomerDataExport;
  Signal: Signal;
  Touch: Touch;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Campaign:
    ( { __typename: 'Campaign' }
    & GraphQLRecursivePick<FederationTypes['Campaign'], {"id":true}> );
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}>
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}> ) );
  CustomerDataExport:
    ( { __typename: 'CustomerDataExport' }
    & GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerIds":true}> ) );
  Signal:
    ( { __typename: 'Signal' }
    & GraphQLRecursivePick<FederationTypes['Signal'], {"id":true}> );
  Touch:
    ( { __typename: 'Touch' }
    & GraphQLRecursivePick<FederationTypes['Touch'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityKind: ActivityKind;
  ActorKind: ActorKind;
  AuditAction: AuditAction;
  AuditDetail: ResolverTypeWrapper<AuditDetail>;
  AuditEvent: ResolverTypeWrapper<AuditEventEntity>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversTypes['AuditEventEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  Campaign: ResolverTypeWrapper<CampaignEntity>;
  CampaignConnection: ResolverTypeWrapper<Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversTypes['CampaignEdge']> }>;
  CampaignEdge: ResolverTypeWrapper<Omit<CampaignEdge, 'node'> & { node: ResolversTypes['Campaign'] }>;
  CampaignStats: ResolverTypeWrapper<CampaignStats>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Consent: ResolverTypeWrapper<ConsentEntity>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ConsentEvent: ResolverTypeWrapper<ConsentEventEntity>;
  ConsentEventConnection: ResolverTypeWrapper<Omit<ConsentEventConnection, 'edges'> & { edges: Array<ResolversTypes['ConsentEventEdge']> }>;
  ConsentEventEdge: ResolverTypeWrapper<Omit<ConsentEventEdge, 'node'> & { node: ResolversTypes['ConsentEvent'] }>;
  ConsentPurpose: ConsentPurpose;
  ContactChannel: ContactChannel;
  CreateCampaignInput: CreateCampaignInput;
  Customer: ResolverTypeWrapper<CustomerRef>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeySignal: ResolverTypeWrapper<KeySignal>;
  LeadScore: ResolverTypeWrapper<LeadScoreEntity>;
  LeadStatus: LeadStatus;
  MarketingSummary: ResolverTypeWrapper<MarketingSummary>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PreferredChannel: ResolverTypeWrapper<PreferredChannel>;
  PreferredChannelSource: PreferredChannelSource;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordSignalsInput: RecordSignalsInput;
  RecordSignalsPayload: ResolverTypeWrapper<Omit<RecordSignalsPayload, 'signals'> & { signals: Array<ResolversTypes['Signal']> }>;
  RecordTouchEventInput: RecordTouchEventInput;
  RecordTouchInput: RecordTouchInput;
  SetConsentInput: SetConsentInput;
  SetPreferredChannelInput: SetPreferredChannelInput;
  Signal: ResolverTypeWrapper<SignalEntity>;
  SignalChannel: SignalChannel;
  SignalConnection: ResolverTypeWrapper<Omit<SignalConnection, 'edges'> & { edges: Array<ResolversTypes['SignalEdge']> }>;
  SignalEdge: ResolverTypeWrapper<Omit<SignalEdge, 'node'> & { node: ResolversTypes['Signal'] }>;
  SignalInput: SignalInput;
  SignalKind: SignalKind;
  Touch: ResolverTypeWrapper<TouchEntity>;
  TouchConnection: ResolverTypeWrapper<Omit<TouchConnection, 'edges'> & { edges: Array<ResolversTypes['TouchEdge']> }>;
  TouchEdge: ResolverTypeWrapper<Omit<TouchEdge, 'node'> & { node: ResolversTypes['Touch'] }>;
  TouchEvent: TouchEvent;
  TouchStatus: TouchStatus;
  UpdateLeadScoreInput: UpdateLeadScoreInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AuditDetail: AuditDetail;
  AuditEvent: AuditEventEntity;
  AuditEventConnection: Omit<AuditEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['AuditEventEdge']> };
  Int: Scalars['Int']['output'];
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  Campaign: CampaignEntity;
  CampaignConnection: Omit<CampaignConnection, 'edges'> & { edges: Array<ResolversParentTypes['CampaignEdge']> };
  CampaignEdge: Omit<CampaignEdge, 'node'> & { node: ResolversParentTypes['Campaign'] };
  CampaignStats: CampaignStats;
  Float: Scalars['Float']['output'];
  Consent: ConsentEntity;
  Boolean: Scalars['Boolean']['output'];
  ConsentEvent: ConsentEventEntity;
  ConsentEventConnection: Omit<ConsentEventConnection, 'edges'> & { edges: Array<ResolversParentTypes['ConsentEventEdge']> };
  ConsentEventEdge: Omit<ConsentEventEdge, 'node'> & { node: ResolversParentTypes['ConsentEvent'] };
  CreateCampaignInput: CreateCampaignInput;
  Customer: CustomerRef;
  CustomerDataExport: CustomerDataExportRef;
  DateTime: Scalars['DateTime']['output'];
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  JSON: Scalars['JSON']['output'];
  KeySignal: KeySignal;
  LeadScore: LeadScoreEntity;
  MarketingSummary: MarketingSummary;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  PreferredChannel: PreferredChannel;
  Query: Record<PropertyKey, never>;
  RecordSignalsInput: RecordSignalsInput;
  RecordSignalsPayload: Omit<RecordSignalsPayload, 'signals'> & { signals: Array<ResolversParentTypes['Signal']> };
  RecordTouchEventInput: RecordTouchEventInput;
  RecordTouchInput: RecordTouchInput;
  SetConsentInput: SetConsentInput;
  SetPreferredChannelInput: SetPreferredChannelInput;
  Signal: SignalEntity;
  SignalConnection: Omit<SignalConnection, 'edges'> & { edges: Array<ResolversParentTypes['SignalEdge']> };
  SignalEdge: Omit<SignalEdge, 'node'> & { node: ResolversParentTypes['Signal'] };
  SignalInput: SignalInput;
  Touch: TouchEntity;
  TouchConnection: Omit<TouchConnection, 'edges'> & { edges: Array<ResolversParentTypes['TouchEdge']> };
  TouchEdge: Omit<TouchEdge, 'node'> & { node: ResolversParentTypes['Touch'] };
  UpdateLeadScoreInput: UpdateLeadScoreInput;
}>;

export type ActivityEventResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AuditDetailResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['AuditDetail'] = ResolversParentTypes['AuditDetail']> = ResolversObject<{
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
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

export type AuditEventConnectionResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type CampaignResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Campaign'] = ResolversParentTypes['Campaign'], FederationReferenceType extends FederationReferenceTypes['Campaign'] = FederationReferenceTypes['Campaign']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Campaign']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  endedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  stats?: Resolver<ResolversTypes['CampaignStats'], ParentType, ContextType>;
  touches?: Resolver<ResolversTypes['TouchConnection'], ParentType, ContextType, RequireFields<CampaignTouchesArgs, 'first'>>;
}>;

export type CampaignConnectionResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['CampaignConnection'] = ResolversParentTypes['CampaignConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CampaignEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CampaignEdgeResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['CampaignEdge'] = ResolversParentTypes['CampaignEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
}>;

export type CampaignStatsResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['CampaignStats'] = ResolversParentTypes['CampaignStats']> = ResolversObject<{
  bounced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  clicked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  engagementRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unsubscribeRate?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unsubscribed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Consent'] = ResolversParentTypes['Consent']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentEventResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['ConsentEvent'] = ResolversParentTypes['ConsentEvent']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  granted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['ConsentPurpose'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ConsentEventConnectionResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['ConsentEventConnection'] = ResolversParentTypes['ConsentEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ConsentEventEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ConsentEventEdgeResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['ConsentEventEdge'] = ResolversParentTypes['ConsentEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ConsentEvent'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  consentHistory?: Resolver<Maybe<ResolversTypes['ConsentEventConnection']>, ParentType, ContextType, RequireFields<CustomerConsentHistoryArgs, 'first'>>;
  consents?: Resolver<Maybe<Array<ResolversTypes['Consent']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leadScore?: Resolver<Maybe<ResolversTypes['LeadScore']>, ParentType, ContextType>;
  marketingActivity?: Resolver<Maybe<Array<ResolversTypes['ActivityEvent']>>, ParentType, ContextType>;
  marketingSummary?: Resolver<Maybe<ResolversTypes['MarketingSummary']>, ParentType, ContextType>;
  preferredChannel?: Resolver<Maybe<ResolversTypes['PreferredChannel']>, ParentType, ContextType>;
  signals?: Resolver<Maybe<ResolversTypes['SignalConnection']>, ParentType, ContextType, RequireFields<CustomerSignalsArgs, 'first'>>;
  touches?: Resolver<Maybe<ResolversTypes['TouchConnection']>, ParentType, ContextType, RequireFields<CustomerTouchesArgs, 'first'>>;
}>;

export type CustomerDataExportResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  marketing?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeySignalResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['KeySignal'] = ResolversParentTypes['KeySignal']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['SignalChannel'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SignalKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  signalId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LeadScoreResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['LeadScore'] = ResolversParentTypes['LeadScore']> = ResolversObject<{
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type MarketingSummaryResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['MarketingSummary'] = ResolversParentTypes['MarketingSummary']> = ResolversObject<{
  consentedChannels?: Resolver<Array<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  engagementRate90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  keySignals?: Resolver<Array<ResolversTypes['KeySignal']>, ParentType, ContextType>;
  lastCancelIntentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastCartAbandonedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastCheckoutErrorAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastCompetitorComparisonAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastEngagedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastPricingViewAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastProductResearchAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSignalAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastTouchSentAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastUnsubscribeAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  leadScore?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  leadStatus?: Resolver<Maybe<ResolversTypes['LeadStatus']>, ParentType, ContextType>;
  marketingChannels?: Resolver<Array<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  preferredChannel?: Resolver<Maybe<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  serviceChannels?: Resolver<Array<ResolversTypes['ContactChannel']>, ParentType, ContextType>;
  signalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signalCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touchesBounced90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touchesClicked90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touchesOpened90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touchesSent90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  touchesUnsubscribed90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCampaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType, RequireFields<MutationCreateCampaignArgs, 'input'>>;
  recordSignals?: Resolver<ResolversTypes['RecordSignalsPayload'], ParentType, ContextType, RequireFields<MutationRecordSignalsArgs, 'input'>>;
  recordTouch?: Resolver<ResolversTypes['Touch'], ParentType, ContextType, RequireFields<MutationRecordTouchArgs, 'input'>>;
  recordTouchEvent?: Resolver<ResolversTypes['Touch'], ParentType, ContextType, RequireFields<MutationRecordTouchEventArgs, 'input'>>;
  setConsent?: Resolver<ResolversTypes['Consent'], ParentType, ContextType, RequireFields<MutationSetConsentArgs, 'input'>>;
  setPreferredChannel?: Resolver<ResolversTypes['PreferredChannel'], ParentType, ContextType, RequireFields<MutationSetPreferredChannelArgs, 'input'>>;
  updateLeadScore?: Resolver<ResolversTypes['LeadScore'], ParentType, ContextType, RequireFields<MutationUpdateLeadScoreArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PreferredChannelResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['PreferredChannel'] = ResolversParentTypes['PreferredChannel']> = ResolversObject<{
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['PreferredChannelSource'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  campaign?: Resolver<Maybe<ResolversTypes['Campaign']>, ParentType, ContextType, RequireFields<QueryCampaignArgs, 'id'>>;
  campaigns?: Resolver<ResolversTypes['CampaignConnection'], ParentType, ContextType, RequireFields<QueryCampaignsArgs, 'first'>>;
  consentAuditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, RequireFields<QueryConsentAuditEventsArgs, 'customerId' | 'first'>>;
  marketingActivityEvent?: Resolver<Maybe<ResolversTypes['ActivityEvent']>, ParentType, ContextType, RequireFields<QueryMarketingActivityEventArgs, 'id'>>;
  signal?: Resolver<Maybe<ResolversTypes['Signal']>, ParentType, ContextType, RequireFields<QuerySignalArgs, 'id'>>;
  touch?: Resolver<Maybe<ResolversTypes['Touch']>, ParentType, ContextType, RequireFields<QueryTouchArgs, 'id'>>;
}>;

export type RecordSignalsPayloadResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['RecordSignalsPayload'] = ResolversParentTypes['RecordSignalsPayload']> = ResolversObject<{
  accepted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  duplicates?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  signals?: Resolver<Array<ResolversTypes['Signal']>, ParentType, ContextType>;
}>;

export type SignalResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Signal'] = ResolversParentTypes['Signal'], FederationReferenceType extends FederationReferenceTypes['Signal'] = FederationReferenceTypes['Signal']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Signal']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['SignalChannel'], ParentType, ContextType>;
  clientEventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['SignalKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  receivedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  topic?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SignalConnectionResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['SignalConnection'] = ResolversParentTypes['SignalConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['SignalEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SignalEdgeResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['SignalEdge'] = ResolversParentTypes['SignalEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Signal'], ParentType, ContextType>;
}>;

export type TouchResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['Touch'] = ResolversParentTypes['Touch'], FederationReferenceType extends FederationReferenceTypes['Touch'] = FederationReferenceTypes['Touch']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Touch']> | FederationReferenceType, FederationReferenceType, ContextType>;
  bouncedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  campaign?: Resolver<ResolversTypes['Campaign'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['ContactChannel'], ParentType, ContextType>;
  clickedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  clientTouchId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  openedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TouchStatus'], ParentType, ContextType>;
  unsubscribedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TouchConnectionResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['TouchConnection'] = ResolversParentTypes['TouchConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TouchEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TouchEdgeResolvers<ContextType = MarketingContext, ParentType extends ResolversParentTypes['TouchEdge'] = ResolversParentTypes['TouchEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Touch'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = MarketingContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AuditDetail?: AuditDetailResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Campaign?: CampaignResolvers<ContextType>;
  CampaignConnection?: CampaignConnectionResolvers<ContextType>;
  CampaignEdge?: CampaignEdgeResolvers<ContextType>;
  CampaignStats?: CampaignStatsResolvers<ContextType>;
  Consent?: ConsentResolvers<ContextType>;
  ConsentEvent?: ConsentEventResolvers<ContextType>;
  ConsentEventConnection?: ConsentEventConnectionResolvers<ContextType>;
  ConsentEventEdge?: ConsentEventEdgeResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  KeySignal?: KeySignalResolvers<ContextType>;
  LeadScore?: LeadScoreResolvers<ContextType>;
  MarketingSummary?: MarketingSummaryResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PreferredChannel?: PreferredChannelResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordSignalsPayload?: RecordSignalsPayloadResolvers<ContextType>;
  Signal?: SignalResolvers<ContextType>;
  SignalConnection?: SignalConnectionResolvers<ContextType>;
  SignalEdge?: SignalEdgeResolvers<ContextType>;
  Touch?: TouchResolvers<ContextType>;
  TouchConnection?: TouchConnectionResolvers<ContextType>;
  TouchEdge?: TouchEdgeResolvers<ContextType>;
}>;

