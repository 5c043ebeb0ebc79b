import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef } from '../../../../lib/graphql/customer-ref';
import type { TicketEntity } from '../entities/ticket.entity';
import type { InteractionEntity } from '../entities/interaction.entity';
import type { CsatRatingEntity } from '../entities/csat-rating.entity';
import type { AgentAssessmentEntity } from '../entities/agent-assessment.entity';
import type { CustomerDataExportRef } from '../../../../lib/privacy/export-rows';
import type { SupportContext } from '../context';
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

/** The agent's own rating of how well a ticket was resolved; compared with CSAT it shows the perception gap. */
export type AgentAssessment = {
  __typename?: 'AgentAssessment';
  /** The agent who assessed it. */
  agentId: Scalars['String']['output'];
  /** When it was assessed (the latest assessment). */
  assessedAt: Scalars['DateTime']['output'];
  /** The agent's note. */
  note: Maybe<Scalars['String']['output']>;
  /** 1 (poorly resolved) to 5 (fully resolved). */
  score: Scalars['Int']['output'];
  /** The assessed ticket. */
  ticket: Ticket;
};

/** The customer's satisfaction score (CSAT) for one ticket. */
export type CsatRating = {
  __typename?: 'CsatRating';
  /** The customer's comment. */
  comment: Maybe<Scalars['String']['output']>;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: Scalars['Int']['output'];
  /** When the customer gave the score (the latest submission). */
  submittedAt: Scalars['DateTime']['output'];
  /** The rated ticket. */
  ticket: Ticket;
};

/** A customer, as the support department knows them. */
export type Customer = {
  __typename?: 'Customer';
  /** The canonical customer id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Ids of the customers merged into this one, from the customers subgraph. This department reads its rows
   * for `[id, ...mergedIds]`, so a merge rewrites none of them; null or absent reads as none.
   */
  mergedIds: Maybe<Array<Scalars['ID']['output']>>;
  /** The customer's most recent support events (tickets opened, interactions, CSAT ratings), at most 50, newest first (ties by id, descending): support's part of the cross-department timeline. */
  supportActivity: Maybe<Array<ActivityEvent>>;
  /** Raw support figures for this customer, the inputs of the shared lifecycle KPIs. All zeros and nulls for a customer support has never heard from. */
  supportSummary: Maybe<SupportSummary>;
  /** The customer's support tickets, most recently opened first. */
  tickets: Maybe<TicketConnection>;
};


/** A customer, as the support department knows them. */
export type CustomerTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<TicketStatus>>;
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
   * What support holds, by table: `tickets`, `interactions`, `csatRatings` and `agentAssessments` (each
   * with its `ticketId`), and `appliedRequests` (the updates applied under a client's key, with their
   * answers). Null, with a SERVICE_UNAVAILABLE error, when support did not answer.
   */
  support: Maybe<Scalars['JSON']['output']>;
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

/** One step of a ticket's conversation: a message, a transfer or a handoff. */
export type Interaction = {
  __typename?: 'Interaction';
  /** The agent involved: the author of an AGENT_MESSAGE, the agent who takes over on a TRANSFER or HANDOFF_TO_HUMAN. */
  agentId: Maybe<Scalars['String']['output']>;
  /** Message text, when there is one. */
  body: Maybe<Scalars['String']['output']>;
  /** The channel it happened on. */
  channel: SupportChannel;
  /** The client's own id for the event, used to make recording it idempotent. For the first message given to `openTicket` it is `openTicket:<clientTicketId>`. */
  clientEventId: Scalars['String']['output'];
  /** Interaction id (UUID). */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: InteractionKind;
  /** When it happened. */
  occurredAt: Scalars['DateTime']['output'];
  /** The ticket it belongs to. */
  ticket: Ticket;
};

/** A page of interactions. */
export type InteractionConnection = {
  __typename?: 'InteractionConnection';
  /** The interactions on this page. */
  edges: Array<InteractionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Interactions in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An interaction and its cursor. */
export type InteractionEdge = {
  __typename?: 'InteractionEdge';
  /** Pass as `after` to continue after this interaction. */
  cursor: Scalars['String']['output'];
  /** The interaction. */
  node: Interaction;
};

/** What happened in an interaction. */
export type InteractionKind =
  /** A human agent answered. */
  | 'AGENT_MESSAGE'
  /** A bot answered. */
  | 'BOT_MESSAGE'
  /** The customer wrote or said something. Counts as a contact for `lastContactAt`. */
  | 'CUSTOMER_MESSAGE'
  /** A bot gave up and handed the ticket to a human (`agentId`, if known, is the agent who takes over). */
  | 'HANDOFF_TO_HUMAN'
  /** The ticket was passed from one human agent to another (`agentId` is the agent who takes over). */
  | 'TRANSFER';

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
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Opens a ticket, with the customer's first message when given, in one transaction. Replaying the
   * clientTicketId returns the first ticket, also after the customer was merged into another; the key with
   * another payload or customer is a CONFLICT.
   */
  openTicket: Ticket;
  /**
   * Records the agent's own assessment of how well a ticket was resolved; a new assessment under a new
   * clientEventId replaces the previous one. Replaying the clientEventId returns the first answer and changes
   * nothing; the key with another payload is a CONFLICT.
   */
  recordAgentAssessment: AgentAssessment;
  /**
   * Records a message, transfer or bot-to-human handoff on a ticket and updates the ticket (first response, who
   * handles it), in one transaction. Replaying the clientEventId returns the first interaction; the key with
   * another payload is a CONFLICT.
   */
  recordInteraction: Interaction;
  /**
   * Records the customer's satisfaction score for a ticket; a resubmission under a new clientEventId replaces the
   * previous score. Replaying the clientEventId returns the first answer and changes nothing; the key with
   * another payload is a CONFLICT.
   */
  submitCsat: CsatRating;
  /**
   * Changes a ticket's status and/or escalation. Moving a RESOLVED or CLOSED ticket back to OPEN or PENDING is a
   * reopen; setting the status it already has changes nothing. Replaying the clientEventId returns the first
   * answer and changes nothing (no second reopen, no later updatedAt); the key with another payload is a CONFLICT.
   */
  updateTicketStatus: Ticket;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationOpenTicketArgs = {
  input: OpenTicketInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationRecordAgentAssessmentArgs = {
  input: RecordAgentAssessmentInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationRecordInteractionArgs = {
  input: RecordInteractionInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationSubmitCsatArgs = {
  input: SubmitCsatInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationUpdateTicketStatusArgs = {
  input: UpdateTicketStatusInput;
};

/** A ticket to open. */
export type OpenTicketInput = {
  /** Where the customer opened it. */
  channel: SupportChannel;
  /** The client's own id for this ticket, its idempotency key: unique across all tickets whatever the customer (at most 200 characters). */
  clientTicketId: Scalars['String']['input'];
  /** The customer opening it: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** The customer's first message, recorded as a CUSTOMER_MESSAGE at openedAt. */
  firstMessage?: InputMaybe<Scalars['String']['input']>;
  /** Who handles it first (default BOT). */
  handledBy?: InputMaybe<TicketHandler>;
  /** When the customer opened it (default now); not in the future. */
  openedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** How urgent it is (default NORMAL). */
  priority?: InputMaybe<TicketPriority>;
  /** One-line summary, up to 300 characters. */
  subject: Scalars['String']['input'];
  /** What it is about, a lower-case slug such as `billing-double-charge` (letters, digits and dashes, up to 100). */
  topic: Scalars['String']['input'];
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

/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type Query = {
  __typename?: 'Query';
  /** One ticket interaction by id; null when there is none. */
  interaction: Maybe<Interaction>;
  /** One support timeline event by its id, as `ActivityEvent.id` gives it; null when support has no such event. */
  supportActivityEvent: Maybe<ActivityEvent>;
  /** One support ticket by id; null when there is none. */
  ticket: Maybe<Ticket>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryInteractionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QuerySupportActivityEventArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryTicketArgs = {
  id: Scalars['ID']['input'];
};

/** An agent's assessment of a ticket's resolution. */
export type RecordAgentAssessmentInput = {
  /** The assessing agent. */
  agentId: Scalars['String']['input'];
  /** When it was assessed (default now); not in the future and not before the ticket was opened. */
  assessedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The client's own id for this write, its idempotency key: unique across all recordAgentAssessment writes (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** The agent's note, up to 5,000 characters. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 1 (poorly resolved) to 5 (fully resolved). */
  score: Scalars['Int']['input'];
  /** The assessed ticket. */
  ticketId: Scalars['ID']['input'];
};

/** An interaction to record on a ticket. */
export type RecordInteractionInput = {
  /** The agent involved; required for AGENT_MESSAGE and TRANSFER, not allowed for CUSTOMER_MESSAGE. */
  agentId?: InputMaybe<Scalars['String']['input']>;
  /** Message text, up to 20,000 characters. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** The channel (default: the ticket's channel). */
  channel?: InputMaybe<SupportChannel>;
  /** The client's own id for this event, its idempotency key: unique across all interactions (at most 200 characters, not starting with `openTicket:`). */
  clientEventId: Scalars['String']['input'];
  /** What happened. */
  kind: InteractionKind;
  /** When it happened (default now); not in the future and not before the ticket was opened. */
  occurredAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
};

/** A customer's satisfaction score for a ticket. */
export type SubmitCsatInput = {
  /** The client's own id for this write, its idempotency key: unique across all submitCsat writes (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** The customer's comment, up to 5,000 characters. */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 1 (very dissatisfied) to 5 (very satisfied). */
  score: Scalars['Int']['input'];
  /** When the customer gave it (default now); not in the future and not before the ticket was opened. */
  submittedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The rated ticket. */
  ticketId: Scalars['ID']['input'];
};

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

/** A support ticket: one problem a customer brought to support. Every ticket counts as one contact. */
export type Ticket = {
  __typename?: 'Ticket';
  /** The agent's own assessment of the resolution, if one was recorded. */
  agentAssessment: Maybe<AgentAssessment>;
  /** Where the customer opened it. */
  channel: SupportChannel;
  /** The client's own id for the ticket (e.g. the helpdesk's), used to make opening it idempotent. */
  clientTicketId: Scalars['String']['output'];
  /** The customer's satisfaction score for this ticket, if they gave one. */
  csat: Maybe<CsatRating>;
  /** The customer who opened it. */
  customer: Customer;
  /** Whether it was escalated (to a supervisor or a specialist team). */
  escalated: Scalars['Boolean']['output'];
  /** When support (a bot or an agent) first answered; null until then. */
  firstResponseAt: Maybe<Scalars['DateTime']['output']>;
  /** Who handles it now. */
  handledBy: TicketHandler;
  /** Ticket id (UUID). */
  id: Scalars['ID']['output'];
  /** The conversation, newest first (the same order as every list in the graph). */
  interactions: InteractionConnection;
  /** When the customer opened it. */
  openedAt: Scalars['DateTime']['output'];
  /** How urgent it is. */
  priority: TicketPriority;
  /** How many times it went from RESOLVED or CLOSED back to OPEN or PENDING. */
  reopenedCount: Scalars['Int']['output'];
  /** When it was last resolved or closed; null while it is unresolved (a reopen clears it). */
  resolvedAt: Maybe<Scalars['DateTime']['output']>;
  /** Where it stands. */
  status: TicketStatus;
  /** One-line summary. */
  subject: Scalars['String']['output'];
  /** What it is about, as a short slug such as `billing-double-charge`, `delivery` or `login`. */
  topic: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};


/** A support ticket: one problem a customer brought to support. Every ticket counts as one contact. */
export type TicketInteractionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of tickets. */
export type TicketConnection = {
  __typename?: 'TicketConnection';
  /** The tickets on this page. */
  edges: Array<TicketEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Tickets in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A ticket and its cursor. */
export type TicketEdge = {
  __typename?: 'TicketEdge';
  /** Pass as `after` to continue after this ticket. */
  cursor: Scalars['String']['output'];
  /** The ticket. */
  node: Ticket;
};

/** Who handles a ticket. */
export type TicketHandler =
  /** A chat bot or automated flow. */
  | 'BOT'
  /** A human agent. */
  | 'HUMAN';

/** How urgent a ticket is. */
export type TicketPriority =
  /** Should be handled today. */
  | 'HIGH'
  /** Can wait. */
  | 'LOW'
  /** The default. */
  | 'NORMAL'
  /** Needs attention now. */
  | 'URGENT';

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

/** A status or escalation change; give status, escalated, or both. */
export type UpdateTicketStatusInput = {
  /** When the change happened (default now); not in the future and not before the ticket was opened. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The client's own id for this write, its idempotency key: unique across all updateTicketStatus writes (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** Set to mark the ticket escalated, or to clear the mark. */
  escalated?: InputMaybe<Scalars['Boolean']['input']>;
  /** The new status. RESOLVED or CLOSED sets resolvedAt (unless already resolved); OPEN or PENDING after RESOLVED or CLOSED is a reopen. */
  status?: InputMaybe<TicketStatus>;
  /** The ticket. */
  ticketId: Scalars['ID']['input'];
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
  Interaction: Interaction;
  Ticket: Ticket;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
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
        | GraphQLRecursivePick<FederationTypes['Customer'], {"mergedIds":true}> ) );
  CustomerDataExport:
    ( { __typename: 'CustomerDataExport' }
    & GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerId":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['CustomerDataExport'], {"customerIds":true}> ) );
  Interaction:
    ( { __typename: 'Interaction' }
    & GraphQLRecursivePick<FederationTypes['Interaction'], {"id":true}> );
  Ticket:
    ( { __typename: 'Ticket' }
    & GraphQLRecursivePick<FederationTypes['Ticket'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityKind: ActivityKind;
  AgentAssessment: ResolverTypeWrapper<AgentAssessmentEntity>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CsatRating: ResolverTypeWrapper<CsatRatingEntity>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  Interaction: ResolverTypeWrapper<InteractionEntity>;
  InteractionConnection: ResolverTypeWrapper<Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversTypes['InteractionEdge']> }>;
  InteractionEdge: ResolverTypeWrapper<Omit<InteractionEdge, 'node'> & { node: ResolversTypes['Interaction'] }>;
  InteractionKind: InteractionKind;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyTicket: ResolverTypeWrapper<KeyTicket>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OpenTicketInput: OpenTicketInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecordAgentAssessmentInput: RecordAgentAssessmentInput;
  RecordInteractionInput: RecordInteractionInput;
  SubmitCsatInput: SubmitCsatInput;
  SupportChannel: SupportChannel;
  SupportSummary: ResolverTypeWrapper<SupportSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Ticket: ResolverTypeWrapper<TicketEntity>;
  TicketConnection: ResolverTypeWrapper<Omit<TicketConnection, 'edges'> & { edges: Array<ResolversTypes['TicketEdge']> }>;
  TicketEdge: ResolverTypeWrapper<Omit<TicketEdge, 'node'> & { node: ResolversTypes['Ticket'] }>;
  TicketHandler: TicketHandler;
  TicketPriority: TicketPriority;
  TicketStatus: TicketStatus;
  UpdateTicketStatusInput: UpdateTicketStatusInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  AgentAssessment: AgentAssessmentEntity;
  Int: Scalars['Int']['output'];
  CsatRating: CsatRatingEntity;
  Customer: CustomerRef;
  CustomerDataExport: CustomerDataExportRef;
  DateTime: Scalars['DateTime']['output'];
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  Interaction: InteractionEntity;
  InteractionConnection: Omit<InteractionConnection, 'edges'> & { edges: Array<ResolversParentTypes['InteractionEdge']> };
  InteractionEdge: Omit<InteractionEdge, 'node'> & { node: ResolversParentTypes['Interaction'] };
  JSON: Scalars['JSON']['output'];
  KeyTicket: KeyTicket;
  Boolean: Scalars['Boolean']['output'];
  Mutation: Record<PropertyKey, never>;
  OpenTicketInput: OpenTicketInput;
  PageInfo: PageInfo;
  Query: Record<PropertyKey, never>;
  RecordAgentAssessmentInput: RecordAgentAssessmentInput;
  RecordInteractionInput: RecordInteractionInput;
  SubmitCsatInput: SubmitCsatInput;
  SupportSummary: SupportSummary;
  Float: Scalars['Float']['output'];
  Ticket: TicketEntity;
  TicketConnection: Omit<TicketConnection, 'edges'> & { edges: Array<ResolversParentTypes['TicketEdge']> };
  TicketEdge: Omit<TicketEdge, 'node'> & { node: ResolversParentTypes['Ticket'] };
  UpdateTicketStatusInput: UpdateTicketStatusInput;
}>;

export type ActivityEventResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AgentAssessmentResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['AgentAssessment'] = ResolversParentTypes['AgentAssessment']> = ResolversObject<{
  agentId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  assessedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type CsatRatingResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['CsatRating'] = ResolversParentTypes['CsatRating']> = ResolversObject<{
  comment?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  supportActivity?: Resolver<Maybe<Array<ResolversTypes['ActivityEvent']>>, ParentType, ContextType>;
  supportSummary?: Resolver<Maybe<ResolversTypes['SupportSummary']>, ParentType, ContextType>;
  tickets?: Resolver<Maybe<ResolversTypes['TicketConnection']>, ParentType, ContextType, RequireFields<CustomerTicketsArgs, 'first'>>;
}>;

export type CustomerDataExportResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  support?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type InteractionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Interaction'] = ResolversParentTypes['Interaction'], FederationReferenceType extends FederationReferenceTypes['Interaction'] = FederationReferenceTypes['Interaction']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Interaction']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agentId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  body?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SupportChannel'], ParentType, ContextType>;
  clientEventId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InteractionKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ticket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type InteractionConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['InteractionConnection'] = ResolversParentTypes['InteractionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InteractionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InteractionEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['InteractionEdge'] = ResolversParentTypes['InteractionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType>;
}>;

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type KeyTicketResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['KeyTicket'] = ResolversParentTypes['KeyTicket']> = ResolversObject<{
  botToHumanHandoff?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SupportChannel'], ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reopenedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  ticketId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  transferCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  openTicket?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationOpenTicketArgs, 'input'>>;
  recordAgentAssessment?: Resolver<ResolversTypes['AgentAssessment'], ParentType, ContextType, RequireFields<MutationRecordAgentAssessmentArgs, 'input'>>;
  recordInteraction?: Resolver<ResolversTypes['Interaction'], ParentType, ContextType, RequireFields<MutationRecordInteractionArgs, 'input'>>;
  submitCsat?: Resolver<ResolversTypes['CsatRating'], ParentType, ContextType, RequireFields<MutationSubmitCsatArgs, 'input'>>;
  updateTicketStatus?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType, RequireFields<MutationUpdateTicketStatusArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  interaction?: Resolver<Maybe<ResolversTypes['Interaction']>, ParentType, ContextType, RequireFields<QueryInteractionArgs, 'id'>>;
  supportActivityEvent?: Resolver<Maybe<ResolversTypes['ActivityEvent']>, ParentType, ContextType, RequireFields<QuerySupportActivityEventArgs, 'id'>>;
  ticket?: Resolver<Maybe<ResolversTypes['Ticket']>, ParentType, ContextType, RequireFields<QueryTicketArgs, 'id'>>;
}>;

export type SupportSummaryResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['SupportSummary'] = ResolversParentTypes['SupportSummary']> = ResolversObject<{
  averageAgentAssessment90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageAssessmentMinusCsat90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageCsat90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  botToHumanHandoffCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  contactCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csatAndAssessmentPairs90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  csatCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  escalatedCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstContactResolutionCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstContactResolutionRate90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  keyTickets?: Resolver<Array<ResolversTypes['KeyTicket']>, ParentType, ContextType>;
  lastContactAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastCsat?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  lastCsatAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastTicketOpenedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  medianFirstResponseHours90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  medianResolutionHours90d?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  openTicketCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reopenedCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  repeatContactCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  ticketsOpenLongerThan7Days?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  transferCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['Ticket'] = ResolversParentTypes['Ticket'], FederationReferenceType extends FederationReferenceTypes['Ticket'] = FederationReferenceTypes['Ticket']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Ticket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agentAssessment?: Resolver<Maybe<ResolversTypes['AgentAssessment']>, ParentType, ContextType>;
  channel?: Resolver<ResolversTypes['SupportChannel'], ParentType, ContextType>;
  clientTicketId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  csat?: Resolver<Maybe<ResolversTypes['CsatRating']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  escalated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  firstResponseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  handledBy?: Resolver<ResolversTypes['TicketHandler'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  interactions?: Resolver<ResolversTypes['InteractionConnection'], ParentType, ContextType, RequireFields<TicketInteractionsArgs, 'first'>>;
  openedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['TicketPriority'], ParentType, ContextType>;
  reopenedCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resolvedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['TicketStatus'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  topic?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type TicketConnectionResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketConnection'] = ResolversParentTypes['TicketConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TicketEdgeResolvers<ContextType = SupportContext, ParentType extends ResolversParentTypes['TicketEdge'] = ResolversParentTypes['TicketEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Ticket'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SupportContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  AgentAssessment?: AgentAssessmentResolvers<ContextType>;
  CsatRating?: CsatRatingResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Interaction?: InteractionResolvers<ContextType>;
  InteractionConnection?: InteractionConnectionResolvers<ContextType>;
  InteractionEdge?: InteractionEdgeResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  KeyTicket?: KeyTicketResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SupportSummary?: SupportSummaryResolvers<ContextType>;
  Ticket?: TicketResolvers<ContextType>;
  TicketConnection?: TicketConnectionResolvers<ContextType>;
  TicketEdge?: TicketEdgeResolvers<ContextType>;
}>;

