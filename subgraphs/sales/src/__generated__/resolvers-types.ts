import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerRef } from '../../../../lib/graphql/customer-ref';
import type { OrderEntity } from '../entities/order.entity';
import type { PricedOrderLine } from '../entities/order-line.entity';
import type { SubscriptionEntity } from '../entities/subscription.entity';
import type { OpportunityEntity } from '../entities/opportunity.entity';
import type { CustomerDataExportRef } from '../../../../lib/privacy/export-rows';
import type { SalesContext } from '../context';
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

/** A subscription change. */
export type ChangeSubscriptionInput = {
  /** What to do. */
  action: SubscriptionAction;
  /** When the change happened (default now); not in the future. */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** The client's own id for this change, its idempotency key: unique across all changeSubscription writes whatever the customer (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** ISO 4217 currency; required for START. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The subscriber: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** Monthly price in minor units; required for START and CHANGE_PLAN. */
  mrrMinor?: InputMaybe<Scalars['Long']['input']>;
  /** Plan name; required for START and CHANGE_PLAN. */
  plan?: InputMaybe<Scalars['String']['input']>;
  /** Why it was cancelled (CANCEL only). */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The subscription to change; required except for START. */
  subscriptionId?: InputMaybe<Scalars['ID']['input']>;
  /** Start in a free trial (START only). */
  trial?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A customer, as the sales department knows them. */
export type Customer = {
  __typename?: 'Customer';
  /** The canonical customer id (UUID). */
  id: Scalars['ID']['output'];
  /**
   * Ids of the customers merged into this one, from the customers subgraph. This department reads its rows
   * for `[id, ...mergedIds]`, so a merge rewrites none of them; null or absent reads as none.
   */
  mergedIds: Maybe<Array<Scalars['ID']['output']>>;
  /** The customer's sales opportunities, most recently updated first. */
  opportunities: Maybe<OpportunityConnection>;
  /** The customer's orders, newest first. */
  orders: Maybe<OrderConnection>;
  /** The customer's most recent sales events (orders placed, subscriptions started or cancelled, opportunities changed), at most 50, newest first (ties by id, descending): sales' part of the cross-department timeline. */
  salesActivity: Maybe<Array<ActivityEvent>>;
  /** Raw sales figures for this customer, the inputs of the shared lifecycle KPIs. */
  salesSummary: Maybe<SalesSummary>;
  /** The customer's subscriptions, most recently started first. */
  subscriptions: Maybe<PlanSubscriptionConnection>;
};


/** A customer, as the sales department knows them. */
export type CustomerOpportunitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A customer, as the sales department knows them. */
export type CustomerOrdersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Array<OrderStatus>>;
};


/** A customer, as the sales department knows them. */
export type CustomerSubscriptionsArgs = {
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
   * What sales holds, by table: `orders`, `orderLines` (each with its `orderId`), `subscriptions`,
   * `opportunities` and `appliedRequests` (the updates applied under a client's key, with their answers).
   * Null, with a SERVICE_UNAVAILABLE error, when sales did not answer.
   */
  sales: Maybe<Scalars['JSON']['output']>;
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
  /**
   * Starts, changes the plan of, or cancels a subscription. Replaying the clientEventId returns the first answer
   * and changes nothing (a retried CANCEL is not "already cancelled"); the key with another payload or customer
   * is a CONFLICT.
   */
  changeSubscription: PlanSubscription;
  /**
   * Records an order with its lines in one transaction. Replaying the clientOrderId returns the first order, also
   * after the customer was merged into another; the key with another payload or customer is a CONFLICT.
   */
  placeOrder: Order;
  /**
   * Creates an opportunity, or updates it when id is given. Replaying the clientEventId returns the first answer
   * and changes nothing; the key with another payload or customer is a CONFLICT.
   */
  upsertOpportunity: Opportunity;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationChangeSubscriptionArgs = {
  input: ChangeSubscriptionInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationPlaceOrderArgs = {
  input: PlaceOrderInput;
};


/**
 * What can be changed. A department's mutations need its :write scope; createCustomer, updateCustomer and
 * identify need pii:read and any department's :write scope (or admin); merges, unmerges, erasure and export
 * need admin.
 */
export type MutationUpsertOpportunityArgs = {
  input: UpsertOpportunityInput;
};

/** A potential deal with a customer. */
export type Opportunity = {
  __typename?: 'Opportunity';
  /** Expected deal value. */
  amount: Money;
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** The customer. */
  customer: Customer;
  /** Expected close date. */
  expectedCloseAt: Maybe<Scalars['DateTime']['output']>;
  /** Opportunity id (UUID). */
  id: Scalars['ID']['output'];
  /** Short name of the deal. */
  name: Scalars['String']['output'];
  /** Current stage. */
  stage: OpportunityStage;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of opportunities. */
export type OpportunityConnection = {
  __typename?: 'OpportunityConnection';
  /** The opportunities on this page. */
  edges: Array<OpportunityEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Opportunities in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An opportunity and its cursor. */
export type OpportunityEdge = {
  __typename?: 'OpportunityEdge';
  /** Pass as `after` to continue after this opportunity. */
  cursor: Scalars['String']['output'];
  /** The opportunity. */
  node: Opportunity;
};

/** Stage of a sales opportunity. */
export type OpportunityStage =
  /** Closed and lost. */
  | 'LOST'
  /** Terms are being negotiated. */
  | 'NEGOTIATION'
  /** A proposal was sent. */
  | 'PROPOSAL'
  /** Identified, not yet qualified. */
  | 'PROSPECTING'
  /** Being qualified. */
  | 'QUALIFICATION'
  /** Closed and won. */
  | 'WON';

/** An order with its lines. */
export type Order = {
  __typename?: 'Order';
  /** Where it was placed. */
  channel: SalesChannel;
  /**
   * The client's own id for the order, its idempotency key. An order stored while ids were unique only per
   * customer, whose id an earlier order of another customer had too, carries the suffix `#customer:<its customer id>`.
   */
  clientOrderId: Scalars['String']['output'];
  /** The customer who placed it. */
  customer: Customer;
  /** Order id (UUID). */
  id: Scalars['ID']['output'];
  /** The lines, in the order they were given. */
  lines: Array<OrderLine>;
  /** When the customer placed it. */
  orderedAt: Scalars['DateTime']['output'];
  /** Current status. */
  status: OrderStatus;
  /** Sum of its lines. */
  total: Money;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of orders. */
export type OrderConnection = {
  __typename?: 'OrderConnection';
  /** The orders on this page. */
  edges: Array<OrderEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Orders in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** An order and its cursor. */
export type OrderEdge = {
  __typename?: 'OrderEdge';
  /** Pass as `after` to continue after this order. */
  cursor: Scalars['String']['output'];
  /** The order. */
  node: Order;
};

/** One line of an order. */
export type OrderLine = {
  __typename?: 'OrderLine';
  /** Product description at the time of the order. */
  description: Maybe<Scalars['String']['output']>;
  /** quantity × unitPrice. */
  lineTotal: Money;
  /** Number of units. */
  quantity: Scalars['Int']['output'];
  /** Stock keeping unit. */
  sku: Scalars['String']['output'];
  /** Price of one unit. */
  unitPrice: Money;
};

/** One line of an order to record. */
export type OrderLineInput = {
  /** Product description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Number of units, 1 to 1,000,000. */
  quantity: Scalars['Int']['input'];
  /** Stock keeping unit. */
  sku: Scalars['String']['input'];
  /** Price of one unit in minor units, not negative. */
  unitPriceMinor: Scalars['Long']['input'];
};

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

/** An order to record. */
export type PlaceOrderInput = {
  /** Where it was placed. */
  channel: SalesChannel;
  /**
   * The client's own id for this order, its idempotency key: unique across all orders whatever the customer (at
   * most 200 characters). A client with several source systems prefixes its ids, e.g. `shop-eu:1042`.
   */
  clientOrderId: Scalars['String']['input'];
  /** ISO 4217 currency of every line. */
  currency: Scalars['String']['input'];
  /** The customer placing it: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** At least one line. */
  lines: Array<OrderLineInput>;
  /** When it was placed (default now); not in the future. */
  orderedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Status at the time of recording (default PAID). */
  status?: InputMaybe<OrderStatus>;
};

/** A recurring subscription to a plan. (Named PlanSubscription because `Subscription` is GraphQL's subscription root type.) */
export type PlanSubscription = {
  __typename?: 'PlanSubscription';
  /** Why it was cancelled, as recorded. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** When it was cancelled, if it was. */
  cancelledAt: Maybe<Scalars['DateTime']['output']>;
  /** The subscriber. */
  customer: Customer;
  /** Subscription id (UUID). */
  id: Scalars['ID']['output'];
  /** Monthly recurring revenue of this subscription. */
  mrr: Money;
  /** Plan name. */
  plan: Scalars['String']['output'];
  /** When it started. */
  startedAt: Scalars['DateTime']['output'];
  /** Current state. */
  status: SubscriptionStatus;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of subscriptions. */
export type PlanSubscriptionConnection = {
  __typename?: 'PlanSubscriptionConnection';
  /** The subscriptions on this page. */
  edges: Array<PlanSubscriptionEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Subscriptions in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A subscription and its cursor. */
export type PlanSubscriptionEdge = {
  __typename?: 'PlanSubscriptionEdge';
  /** Pass as `after` to continue after this subscription. */
  cursor: Scalars['String']['output'];
  /** The subscription. */
  node: PlanSubscription;
};

/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type Query = {
  __typename?: 'Query';
  /** One opportunity by id; null when there is none. */
  opportunity: Maybe<Opportunity>;
  /** One order by id; null when there is none. */
  order: Maybe<Order>;
  /** One subscription by id; null when there is none. */
  planSubscription: Maybe<PlanSubscription>;
  /** One sales timeline event by its id, as `ActivityEvent.id` gives it; null when sales has no such event. */
  salesActivityEvent: Maybe<ActivityEvent>;
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryOpportunityArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryOrderArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QueryPlanSubscriptionArgs = {
  id: Scalars['ID']['input'];
};


/**
 * What can be read. Every field needs a valid token; a field the token's scopes do not cover answers null with
 * a FORBIDDEN error at its path while the rest arrives. Personal data needs pii:read, a department's records
 * its :read or :write scope, the KPIs kpi:read, erasures and exports admin.
 */
export type QuerySalesActivityEventArgs = {
  id: Scalars['ID']['input'];
};

/** Where an order was placed. */
export type SalesChannel =
  /** The mobile app. */
  | 'APP'
  /** Through a reseller or marketplace. */
  | 'PARTNER'
  /** By phone with a sales rep. */
  | 'PHONE'
  /** A physical store. */
  | 'STORE'
  /** The web shop. */
  | 'WEB';

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

/** What to do to a subscription. */
export type SubscriptionAction =
  /** Cancel an existing subscription. */
  | 'CANCEL'
  /** Move an existing subscription to another plan and price. */
  | 'CHANGE_PLAN'
  /** Start a new subscription (no subscriptionId). */
  | 'START';

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

/** An opportunity to create or update. */
export type UpsertOpportunityInput = {
  /** Expected value in minor units, not negative. */
  amountMinor: Scalars['Long']['input'];
  /** The client's own id for this write, its idempotency key: unique across all upsertOpportunity writes whatever the customer (at most 200 characters). */
  clientEventId: Scalars['String']['input'];
  /** ISO 4217 currency. */
  currency: Scalars['String']['input'];
  /** The customer: its id (a merged customer's id answers for its survivor). Give this or `customerIdentifier`, not both. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Who the customer is, when the caller does not know the id: exactly one of email, phone or external id; resolved by the customers service. */
  customerIdentifier?: InputMaybe<IdentifierInput>;
  /** Expected close date, at most ten years ahead. */
  expectedCloseAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Set to update that opportunity; omit to create one. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Short name of the deal. */
  name: Scalars['String']['input'];
  /** Current stage. */
  stage: OpportunityStage;
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
  Opportunity: Opportunity;
  Order: Order;
  PlanSubscription: PlanSubscription;
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
  Opportunity:
    ( { __typename: 'Opportunity' }
    & GraphQLRecursivePick<FederationTypes['Opportunity'], {"id":true}> );
  Order:
    ( { __typename: 'Order' }
    & GraphQLRecursivePick<FederationTypes['Order'], {"id":true}> );
  PlanSubscription:
    ( { __typename: 'PlanSubscription' }
    & GraphQLRecursivePick<FederationTypes['PlanSubscription'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  ActivityEvent: ResolverTypeWrapper<ActivityEvent>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityKind: ActivityKind;
  ChangeSubscriptionInput: ChangeSubscriptionInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Customer: ResolverTypeWrapper<CustomerRef>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CustomerDataExport: ResolverTypeWrapper<CustomerDataExportRef>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: Department;
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Long: ResolverTypeWrapper<Scalars['Long']['output']>;
  Money: ResolverTypeWrapper<Money>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Opportunity: ResolverTypeWrapper<OpportunityEntity>;
  OpportunityConnection: ResolverTypeWrapper<Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversTypes['OpportunityEdge']> }>;
  OpportunityEdge: ResolverTypeWrapper<Omit<OpportunityEdge, 'node'> & { node: ResolversTypes['Opportunity'] }>;
  OpportunityStage: OpportunityStage;
  Order: ResolverTypeWrapper<OrderEntity>;
  OrderConnection: ResolverTypeWrapper<Omit<OrderConnection, 'edges'> & { edges: Array<ResolversTypes['OrderEdge']> }>;
  OrderEdge: ResolverTypeWrapper<Omit<OrderEdge, 'node'> & { node: ResolversTypes['Order'] }>;
  OrderLine: ResolverTypeWrapper<PricedOrderLine>;
  OrderLineInput: OrderLineInput;
  OrderStatus: OrderStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlaceOrderInput: PlaceOrderInput;
  PlanSubscription: ResolverTypeWrapper<SubscriptionEntity>;
  PlanSubscriptionConnection: ResolverTypeWrapper<Omit<PlanSubscriptionConnection, 'edges'> & { edges: Array<ResolversTypes['PlanSubscriptionEdge']> }>;
  PlanSubscriptionEdge: ResolverTypeWrapper<Omit<PlanSubscriptionEdge, 'node'> & { node: ResolversTypes['PlanSubscription'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SalesChannel: SalesChannel;
  SalesSummary: ResolverTypeWrapper<SalesSummary>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  SubscriptionAction: SubscriptionAction;
  SubscriptionStatus: SubscriptionStatus;
  UpsertOpportunityInput: UpsertOpportunityInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  ActivityEvent: ActivityEvent;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ChangeSubscriptionInput: ChangeSubscriptionInput;
  Boolean: Scalars['Boolean']['output'];
  Customer: CustomerRef;
  Int: Scalars['Int']['output'];
  CustomerDataExport: CustomerDataExportRef;
  DateTime: Scalars['DateTime']['output'];
  ExternalIdInput: ExternalIdInput;
  IdentifierInput: IdentifierInput;
  JSON: Scalars['JSON']['output'];
  Long: Scalars['Long']['output'];
  Money: Money;
  Mutation: Record<PropertyKey, never>;
  Opportunity: OpportunityEntity;
  OpportunityConnection: Omit<OpportunityConnection, 'edges'> & { edges: Array<ResolversParentTypes['OpportunityEdge']> };
  OpportunityEdge: Omit<OpportunityEdge, 'node'> & { node: ResolversParentTypes['Opportunity'] };
  Order: OrderEntity;
  OrderConnection: Omit<OrderConnection, 'edges'> & { edges: Array<ResolversParentTypes['OrderEdge']> };
  OrderEdge: Omit<OrderEdge, 'node'> & { node: ResolversParentTypes['Order'] };
  OrderLine: PricedOrderLine;
  OrderLineInput: OrderLineInput;
  PageInfo: PageInfo;
  PlaceOrderInput: PlaceOrderInput;
  PlanSubscription: SubscriptionEntity;
  PlanSubscriptionConnection: Omit<PlanSubscriptionConnection, 'edges'> & { edges: Array<ResolversParentTypes['PlanSubscriptionEdge']> };
  PlanSubscriptionEdge: Omit<PlanSubscriptionEdge, 'node'> & { node: ResolversParentTypes['PlanSubscription'] };
  Query: Record<PropertyKey, never>;
  SalesSummary: SalesSummary;
  Float: Scalars['Float']['output'];
  UpsertOpportunityInput: UpsertOpportunityInput;
}>;

export type ActivityEventResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['ActivityEvent'] = ResolversParentTypes['ActivityEvent']> = ResolversObject<{
  channel?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ActivityKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sourceId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  opportunities?: Resolver<Maybe<ResolversTypes['OpportunityConnection']>, ParentType, ContextType, RequireFields<CustomerOpportunitiesArgs, 'first'>>;
  orders?: Resolver<Maybe<ResolversTypes['OrderConnection']>, ParentType, ContextType, RequireFields<CustomerOrdersArgs, 'first'>>;
  salesActivity?: Resolver<Maybe<Array<ResolversTypes['ActivityEvent']>>, ParentType, ContextType>;
  salesSummary?: Resolver<Maybe<ResolversTypes['SalesSummary']>, ParentType, ContextType>;
  subscriptions?: Resolver<Maybe<ResolversTypes['PlanSubscriptionConnection']>, ParentType, ContextType, RequireFields<CustomerSubscriptionsArgs, 'first'>>;
}>;

export type CustomerDataExportResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['CustomerDataExport'] = ResolversParentTypes['CustomerDataExport'], FederationReferenceType extends FederationReferenceTypes['CustomerDataExport'] = FederationReferenceTypes['CustomerDataExport']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerDataExport']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sales?: Resolver<Maybe<ResolversTypes['JSON']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export interface LongScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Long'], any> {
  name: 'Long';
}

export type MoneyResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = ResolversObject<{
  amountMinor?: Resolver<ResolversTypes['Long'], ParentType, ContextType>;
  currency?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changeSubscription?: Resolver<ResolversTypes['PlanSubscription'], ParentType, ContextType, RequireFields<MutationChangeSubscriptionArgs, 'input'>>;
  placeOrder?: Resolver<ResolversTypes['Order'], ParentType, ContextType, RequireFields<MutationPlaceOrderArgs, 'input'>>;
  upsertOpportunity?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType, RequireFields<MutationUpsertOpportunityArgs, 'input'>>;
}>;

export type OpportunityResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Opportunity'] = ResolversParentTypes['Opportunity'], FederationReferenceType extends FederationReferenceTypes['Opportunity'] = FederationReferenceTypes['Opportunity']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Opportunity']> | FederationReferenceType, FederationReferenceType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  expectedCloseAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['OpportunityStage'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type OpportunityConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OpportunityConnection'] = ResolversParentTypes['OpportunityConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OpportunityEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OpportunityEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OpportunityEdge'] = ResolversParentTypes['OpportunityEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Opportunity'], ParentType, ContextType>;
}>;

export type OrderResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Order'] = ResolversParentTypes['Order'], FederationReferenceType extends FederationReferenceTypes['Order'] = FederationReferenceTypes['Order']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Order']> | FederationReferenceType, FederationReferenceType, ContextType>;
  channel?: Resolver<ResolversTypes['SalesChannel'], ParentType, ContextType>;
  clientOrderId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lines?: Resolver<Array<ResolversTypes['OrderLine']>, ParentType, ContextType>;
  orderedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['OrderStatus'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type OrderConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderConnection'] = ResolversParentTypes['OrderConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['OrderEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type OrderEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderEdge'] = ResolversParentTypes['OrderEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Order'], ParentType, ContextType>;
}>;

export type OrderLineResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['OrderLine'] = ResolversParentTypes['OrderLine']> = ResolversObject<{
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lineTotal?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sku?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitPrice?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PlanSubscriptionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PlanSubscription'] = ResolversParentTypes['PlanSubscription'], FederationReferenceType extends FederationReferenceTypes['PlanSubscription'] = FederationReferenceTypes['PlanSubscription']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PlanSubscription']> | FederationReferenceType, FederationReferenceType, ContextType>;
  cancelReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  cancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  mrr?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  plan?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubscriptionStatus'], ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type PlanSubscriptionConnectionResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PlanSubscriptionConnection'] = ResolversParentTypes['PlanSubscriptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PlanSubscriptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PlanSubscriptionEdgeResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['PlanSubscriptionEdge'] = ResolversParentTypes['PlanSubscriptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanSubscription'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  opportunity?: Resolver<Maybe<ResolversTypes['Opportunity']>, ParentType, ContextType, RequireFields<QueryOpportunityArgs, 'id'>>;
  order?: Resolver<Maybe<ResolversTypes['Order']>, ParentType, ContextType, RequireFields<QueryOrderArgs, 'id'>>;
  planSubscription?: Resolver<Maybe<ResolversTypes['PlanSubscription']>, ParentType, ContextType, RequireFields<QueryPlanSubscriptionArgs, 'id'>>;
  salesActivityEvent?: Resolver<Maybe<ResolversTypes['ActivityEvent']>, ParentType, ContextType, RequireFields<QuerySalesActivityEventArgs, 'id'>>;
}>;

export type SalesSummaryResolvers<ContextType = SalesContext, ParentType extends ResolversParentTypes['SalesSummary'] = ResolversParentTypes['SalesSummary']> = ResolversObject<{
  activeSubscriptionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  activeSubscriptionSince?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  averageDaysBetweenOrders?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  averageOrderValue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  firstOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastOpportunityActivityAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastOrderAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastSubscriptionCancelledAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mrr?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  netRevenue?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  openOpportunityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  openOpportunityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  openPipeline?: Resolver<Array<ResolversTypes['Money']>, ParentType, ContextType>;
  orderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOrderCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOrderCount90d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paidOrderCount365d?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = SalesContext> = ResolversObject<{
  ActivityEvent?: ActivityEventResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerDataExport?: CustomerDataExportResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  JSON?: GraphQLScalarType;
  Long?: GraphQLScalarType;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Opportunity?: OpportunityResolvers<ContextType>;
  OpportunityConnection?: OpportunityConnectionResolvers<ContextType>;
  OpportunityEdge?: OpportunityEdgeResolvers<ContextType>;
  Order?: OrderResolvers<ContextType>;
  OrderConnection?: OrderConnectionResolvers<ContextType>;
  OrderEdge?: OrderEdgeResolvers<ContextType>;
  OrderLine?: OrderLineResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlanSubscription?: PlanSubscriptionResolvers<ContextType>;
  PlanSubscriptionConnection?: PlanSubscriptionConnectionResolvers<ContextType>;
  PlanSubscriptionEdge?: PlanSubscriptionEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SalesSummary?: SalesSummaryResolvers<ContextType>;
}>;

