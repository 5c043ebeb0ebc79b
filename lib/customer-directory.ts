import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { type FieldPath, notFound } from './errors';
import { logger } from './logger';

const EXISTS_QUERY = `#graphql
  query CustomersExist($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Customer { id } }
  }`;

/**
 * How a department asks the customers subgraph whether customers exist: over HTTP, through the graph's
 * own entity interface, never through its tables. One request per batch of ids.
 */
export interface CustomerDirectory {
  exists(customerId: string): Promise<boolean>;
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

interface EntitiesResponse {
  data?: { _entities?: unknown } | null;
  errors?: unknown[];
}

function parseExistence(body: EntitiesResponse, expected: number): boolean[] {
  const entities = body.data?._entities;
  if (body.errors?.length || !Array.isArray(entities) || entities.length !== expected) {
    throw new CustomerDirectoryUnavailableError(`unexpected answer: ${JSON.stringify(body).slice(0, 200)}`);
  }
  return entities.map((entity) => entity !== null);
}

export function createCustomerDirectory(customersUrl: string, requestId?: string): CustomerDirectory {
  const loader = new DataLoader<string, boolean>(async (ids) => {
    let response: Response;
    try {
      response = await fetch(customersUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
        body: JSON.stringify({
          query: EXISTS_QUERY,
          variables: { representations: ids.map((id) => ({ __typename: 'Customer', id })) },
        }),
        signal: AbortSignal.timeout(3_000),
      });
    } catch (error) {
      throw new CustomerDirectoryUnavailableError(String(error));
    }
    if (!response.ok) throw new CustomerDirectoryUnavailableError(`HTTP ${response.status}`);
    let body: EntitiesResponse;
    try {
      body = (await response.json()) as EntitiesResponse;
    } catch {
      throw new CustomerDirectoryUnavailableError('the answer was not JSON');
    }
    return parseExistence(body, ids.length);
  });
  return { exists: (customerId) => loader.load(customerId) };
}

/** Throws NOT_FOUND (at `field`) unless the customers subgraph knows the customer. */
export async function requireCustomer(
  directory: CustomerDirectory,
  customerId: string,
  field: FieldPath,
): Promise<void> {
  if (!(await directory.exists(customerId))) throw notFound('Customer', customerId, field);
}
