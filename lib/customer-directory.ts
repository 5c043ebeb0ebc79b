import DataLoader from 'dataloader';
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

export class CustomerDirectoryUnavailableError extends Error {}

export function createCustomerDirectory(customersUrl: string, requestId?: string): CustomerDirectory {
  const loader = new DataLoader<string, boolean>(async (ids) => {
    const response = await fetch(customersUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}) },
      body: JSON.stringify({
        query: EXISTS_QUERY,
        variables: { representations: ids.map((id) => ({ __typename: 'Customer', id })) },
      }),
      signal: AbortSignal.timeout(3_000),
    }).catch((error: unknown) => {
      logger.warn({ err: error }, 'customers subgraph unreachable');
      throw new CustomerDirectoryUnavailableError('the customers service is unavailable');
    });
    const body = (await response.json()) as { data?: { _entities: Array<{ id: string } | null> } };
    if (!response.ok || !body.data)
      throw new CustomerDirectoryUnavailableError('the customers service failed');
    return body.data._entities.map((entity) => entity !== null);
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
