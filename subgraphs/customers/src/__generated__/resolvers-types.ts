import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CustomerEntity } from '../entities/customer.entity';
import type { CustomerIdentifierEntity } from '../entities/customer-identifier.entity';
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
  _FieldSet: { input: unknown; output: unknown; }
};

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
  /** Primary phone in E.164 form, e.g. +4930123456. */
  phone?: InputMaybe<Scalars['String']['input']>;
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
  /** Canonical id (UUID). */
  id: Scalars['ID']['output'];
  /** Every identifier that resolves to this customer. */
  identifiers: Array<CustomerIdentifier>;
  /** Preferred locale (BCP 47), e.g. de-DE. */
  locale: Maybe<Scalars['String']['output']>;
  /** Primary phone in E.164 form. */
  phone: Maybe<Scalars['String']['output']>;
  /** When the profile last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of customers. */
export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  /** The customers on this page. */
  edges: Array<CustomerEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Customers in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A customer and its cursor. */
export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  /** Pass as `after` to continue after this customer. */
  cursor: Scalars['String']['output'];
  /** The customer. */
  node: Customer;
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

/** An id in another system. */
export type ExternalIdInput = {
  /** The id in that system. */
  externalId: Scalars['String']['input'];
  /** The system's name, e.g. crm or helpdesk. */
  system: Scalars['String']['input'];
};

/** Kind of identifier. */
export type IdentifierKind =
  /** A normalized email address. */
  | 'EMAIL'
  /** An id in another system (CRM, helpdesk, shop), with the system's name. */
  | 'EXTERNAL'
  /** An E.164 phone number. */
  | 'PHONE';

export type Mutation = {
  __typename?: 'Mutation';
  /** Creates a customer with its email, phone and external identifiers. An identifier already in use is a CONFLICT. */
  createCustomer: Customer;
  /** Changes a customer's core profile; only the given fields change. */
  updateCustomer: Customer;
};


export type MutationCreateCustomerArgs = {
  input: CreateCustomerInput;
};


export type MutationUpdateCustomerArgs = {
  input: UpdateCustomerInput;
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

export type Query = {
  __typename?: 'Query';
  /** One customer by canonical id; null when there is none. */
  customer: Maybe<Customer>;
  /** Every customer, oldest first, for paging through the whole graph. */
  customers: CustomerConnection;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
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
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  CreateCustomerInput: CreateCustomerInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Customer: ResolverTypeWrapper<CustomerEntity>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CustomerConnection: ResolverTypeWrapper<Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversTypes['CustomerEdge']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerIdentifier: ResolverTypeWrapper<CustomerIdentifierEntity>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  ExternalIdInput: ExternalIdInput;
  IdentifierKind: IdentifierKind;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  UpdateCustomerInput: UpdateCustomerInput;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreateCustomerInput: CreateCustomerInput;
  String: Scalars['String']['output'];
  Customer: CustomerEntity;
  ID: Scalars['ID']['output'];
  CustomerConnection: Omit<CustomerConnection, 'edges'> & { edges: Array<ResolversParentTypes['CustomerEdge']> };
  Int: Scalars['Int']['output'];
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerIdentifier: CustomerIdentifierEntity;
  DateTime: Scalars['DateTime']['output'];
  ExternalIdInput: ExternalIdInput;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Boolean: Scalars['Boolean']['output'];
  Query: Record<PropertyKey, never>;
  UpdateCustomerInput: UpdateCustomerInput;
}>;

export type CustomerResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  displayName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['CustomerIdentifier']>, ParentType, ContextType>;
  locale?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
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

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  createCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  updateCustomer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType, RequireFields<MutationUpdateCustomerArgs, 'input'>>;
}>;

export type PageInfoResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = CustomersContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<ResolversTypes['CustomerConnection'], ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
}>;

export type Resolvers<ContextType = CustomersContext> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerIdentifier?: CustomerIdentifierResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

