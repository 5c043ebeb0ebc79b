import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { badUserInput, type FieldPath, notFound, suppressed } from './errors';
import type { CustomerRef } from './graphql/customer-ref';
import { withoutCustomer } from './idempotency';
import { type IdentifierDraft, identifierInput, parseIdentifier } from './identifiers';
import { isUuid } from './ids';
import { logger } from './logger';
import { callSubgraph, type GraphQLAnswer, type ServiceCredentials } from './service-call';
import { parseInput, uuid, type z } from './validation';

export type { ServiceCredentials } from './service-call';

const BY_ID_QUERY = `#graphql
  query CanonicalCustomers($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Customer { id mergedIds erasedAt } }
  }`;

const BY_IDENTIFIER_QUERY = `#graphql
  query CustomersByIdentifiers($identifiers: [IdentifierInput!]!) {
    customersByIdentifiers(identifiers: $identifiers) { id mergedIds erasedAt }
  }`;

/** `customersByIdentifiers` takes at most this many identifiers; a larger batch is split. */
const MAX_IDENTIFIERS_PER_REQUEST = 100;
const TIMEOUT_MS = 3_000;

/**
 * A customer as the customers subgraph answers it: the canonical id (a merged id answers its survivor's)
 * and the ids merged into it, whose department rows are the customer's too.
 */
export interface CanonicalCustomer extends CustomerRef {
  id: string;
  mergedIds: readonly string[];
  /** The person was erased: nothing about them is recorded again (writes are FORBIDDEN, reason SUPPRESSED). */
  erased: boolean;
}

/** A normalized identifier (`parseIdentifier`): what the customers subgraph compares. */
export type Identifier = Pick<IdentifierDraft, 'kind' | 'system' | 'value'>;

/**
 * How a department asks the customers subgraph who a customer is: over HTTP, through the graph's own
 * interface (`_entities` for ids, `customersByIdentifiers` for identifiers), never through its tables.
 * One request per batch and kind, per request of the department.
 */
export interface CustomerDirectory {
  /** The canonical customer of any id it ever had; null when the customers subgraph knows none. */
  byId(customerId: string): Promise<CanonicalCustomer | null>;
  /** The canonical customer a normalized identifier belongs to; null when nobody has it. */
  byIdentifier(identifier: Identifier): Promise<CanonicalCustomer | null>;
}

/** The customers service could not say: a transient failure, never a "no such customer". */
export class CustomerDirectoryUnavailableError extends GraphQLError {
  constructor(reason: string) {
    super('The customers service is unavailable; retry the request', {
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: 'customers' },
    });
    logger.warn({ reason }, 'customers subgraph unavailable');
  }
}

const garbage = (body: unknown) =>
  new CustomerDirectoryUnavailableError(`unexpected answer: ${JSON.stringify(body).slice(0, 200)}`);

const isIdList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((id) => typeof id === 'string' && isUuid(id));

/** The customer with its merged ids once each, never its own id among them. */
const withMerged = (id: string, mergedIds: readonly string[], erased: boolean): CanonicalCustomer => ({
  id,
  mergedIds: [...new Set(mergedIds)].filter((merged) => merged !== id),
  erased,
});

/** `expected` customers (or nulls) under `data[field]`, or SERVICE_UNAVAILABLE for anything else. */
function parseCustomers(
  body: GraphQLAnswer | null,
  field: string,
  expected: number,
): Array<CanonicalCustomer | null> {
  // Any JSON may come back, `null` included.
  const list = body?.data?.[field];
  if (body?.errors?.length || !Array.isArray(list) || list.length !== expected) throw garbage(body);
  return list.map((entry: unknown) => {
    if (entry === null) return null;
    const { id, mergedIds, erasedAt } = (entry ?? {}) as {
      id?: unknown;
      mergedIds?: unknown;
      erasedAt?: unknown;
    };
    if (typeof id !== 'string' || !isUuid(id) || !(mergedIds == null || isIdList(mergedIds)))
      throw garbage(body);
    return withMerged(
      id.toLowerCase(),
      (mergedIds ?? []).map((merged) => merged.toLowerCase()),
      erasedAt != null,
    );
  });
}

/** The normalized identifier as the customers subgraph's `IdentifierInput`. */
function identifierInputOf(identifier: Identifier) {
  switch (identifier.kind) {
    case 'EMAIL':
      return { email: identifier.value };
    case 'PHONE':
      return { phone: identifier.value };
    case 'EXTERNAL':
      return { external: { system: identifier.system, externalId: identifier.value } };
  }
}

export function createCustomerDirectory(
  customersUrl: string,
  requestId: string | undefined,
  credentials: ServiceCredentials,
): CustomerDirectory {
  const ask = async (query: string, variables: Record<string, unknown>): Promise<GraphQLAnswer | null> => {
    try {
      return await callSubgraph(customersUrl, { query, variables }, credentials, {
        requestId,
        timeoutMs: TIMEOUT_MS,
      });
    } catch (error) {
      throw new CustomerDirectoryUnavailableError(error instanceof Error ? error.message : String(error));
    }
  };

  const byId = new DataLoader<string, CanonicalCustomer | null>(async (ids) => {
    const body = await ask(BY_ID_QUERY, {
      representations: ids.map((id) => ({ __typename: 'Customer', id })),
    });
    // An alias's representation may answer `mergedIds` relative to the alias (the rest of the group, without
    // it): the id asked for is always one of the customer's ids, so it joins them.
    return parseCustomers(body, '_entities', ids.length).map(
      (customer, index) =>
        customer && withMerged(customer.id, [...customer.mergedIds, ids[index]!], customer.erased),
    );
  });
  const byIdentifier = new DataLoader<Identifier, CanonicalCustomer | null, string>(
    async (identifiers) => {
      const body = await ask(BY_IDENTIFIER_QUERY, { identifiers: identifiers.map(identifierInputOf) });
      return parseCustomers(body, 'customersByIdentifiers', identifiers.length);
    },
    {
      cacheKeyFn: (identifier) => JSON.stringify([identifier.kind, identifier.system, identifier.value]),
      maxBatchSize: MAX_IDENTIFIERS_PER_REQUEST,
    },
  );
  return {
    byId: (customerId) => byId.load(customerId.toLowerCase()),
    byIdentifier: (identifier) => byIdentifier.load(identifier),
  };
}

/**
 * The fields a department's write input names its customer with: `customerId`, or `customerIdentifier`
 * when the caller does not know the id. `parseCustomerRef` checks that exactly one is given.
 */
export const customerRefFields = {
  customerId: uuid.nullish(),
  customerIdentifier: identifierInput.nullish(),
};

export interface CustomerRefInput {
  customerId?: string | null;
  customerIdentifier?: unknown;
}

/** Whom a write names, validated and normalized: the directory is asked only after this succeeds. */
export type CustomerLookup =
  | { kind: 'id'; customerId: string; field: FieldPath }
  | { kind: 'identifier'; identifier: IdentifierDraft };

/**
 * Exactly one of `customerId` and `customerIdentifier` of the input at `root`, validated locally (the
 * identifier normalized as the customers subgraph stores it); BAD_USER_INPUT otherwise, at
 * `<root>.customerId` when both or neither are given.
 */
export function parseCustomerRef(input: CustomerRefInput, root: FieldPath): CustomerLookup {
  const field = [...root, 'customerId'];
  const hasId = input.customerId != null;
  if (hasId === (input.customerIdentifier != null)) {
    const [id, identifier] = [field, [...root, 'customerIdentifier']].map((path) => path.join('.'));
    throw badUserInput(
      hasId ? `${id} and ${identifier} must not both be given` : `${id} or ${identifier} must be given`,
      field,
    );
  }
  if (hasId) return { kind: 'id', customerId: parseInput(uuid, input.customerId, field), field };
  return {
    kind: 'identifier',
    identifier: parseIdentifier(input.customerIdentifier, [...root, 'customerIdentifier']),
  };
}

/** A customer identifier as a person reads it in an error: `email a@b.c`, `crm id C-1`. */
const identifierLabel = (identifier: Identifier) =>
  identifier.kind === 'EXTERNAL' ? `${identifier.system} id` : identifier.kind.toLowerCase();

/**
 * The canonical customer a lookup names; NOT_FOUND at the lookup's field when the customers subgraph
 * knows none, SERVICE_UNAVAILABLE when it cannot be asked.
 */
export async function findCustomer(
  directory: CustomerDirectory,
  lookup: CustomerLookup,
): Promise<CanonicalCustomer> {
  const field = lookup.kind === 'id' ? lookup.field : lookup.identifier.field;
  const customer = await (lookup.kind === 'id'
    ? directory.byId(lookup.customerId)
    : directory.byIdentifier(lookup.identifier));
  if (!customer)
    throw lookup.kind === 'id'
      ? notFound('Customer', lookup.customerId, field)
      : notFound(`Customer with ${identifierLabel(lookup.identifier)}`, lookup.identifier.value, field);
  if (customer.erased) throw suppressed(field);
  return customer;
}

/**
 * The canonical customer a department write names by `customerId` or `customerIdentifier` at `root`
 * (e.g. `['input']`): the write is stored under its `id`, so a merged id's or identifier's write lands
 * on the survivor.
 */
export async function resolveCustomerRef(
  directory: CustomerDirectory,
  input: CustomerRefInput,
  root: FieldPath,
): Promise<CanonicalCustomer> {
  return findCustomer(directory, parseCustomerRef(input, root));
}

/**
 * A department write's input, validated at `root` (`parseInput`), and the canonical customer it names
 * (`resolveCustomerRef`).
 */
export async function parseCustomerWrite<S extends z.ZodType<CustomerRefInput>>(
  directory: CustomerDirectory,
  schema: S,
  raw: unknown,
  root: FieldPath = ['input'],
): Promise<{ given: z.output<S>; customer: CanonicalCustomer }> {
  const given = parseInput(schema, raw, root);
  return { given, customer: await resolveCustomerRef(directory, given, root) };
}

/**
 * The canonical customer of every input of a batch, in order: all are validated before the customers
 * service is asked (one request per kind), and the first failure by position is thrown, so a batch with
 * one unknown customer writes nothing.
 */
export async function resolveCustomerRefs(
  directory: CustomerDirectory,
  inputs: readonly CustomerRefInput[],
  rootOf: (index: number) => FieldPath,
): Promise<CanonicalCustomer[]> {
  const lookups = inputs.map((input, index) => parseCustomerRef(input, rootOf(index)));
  const settled = await Promise.allSettled(lookups.map((lookup) => findCustomer(directory, lookup)));
  return settled.map((result) => {
    if (result.status === 'rejected') throw result.reason;
    return result.value;
  });
}

/**
 * A validated write input as the department stores it: under the canonical customer's id, without the
 * identifier it may have been named by (so its payload hash is the same whichever the client gave).
 */
export function underCustomer<T extends CustomerRefInput>(
  input: T,
  customer: CanonicalCustomer,
): Omit<T, 'customerId' | 'customerIdentifier'> & { customerId: string } {
  return { ...withoutCustomer(input), customerId: customer.id };
}
