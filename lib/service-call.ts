import { signParams } from './auth/gateway-proof';

/** How a service proves itself to a subgraph: the gateway's HMAC secret and a service token. */
export interface ServiceCredentials {
  gatewaySecret: string;
  token(): Promise<string>;
}

export interface GraphQLAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
}

/** The other service could not be asked, or did not answer with JSON: worth a retry, never a "no". */
export class ServiceCallError extends Error {}

/**
 * One GraphQL request from a service to a subgraph, as the gateway would send it: signed with the
 * gateway's secret and carrying the service's own token.
 */
export async function callSubgraph(
  url: string,
  operation: { query: string; variables?: Record<string, unknown> },
  credentials: ServiceCredentials,
  options: { requestId?: string; timeoutMs: number },
): Promise<GraphQLAnswer | null> {
  let response: Response;
  try {
    const token = await credentials.token();
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        ...(options.requestId ? { 'x-request-id': options.requestId } : {}),
      },
      body: JSON.stringify(signParams(credentials.gatewaySecret, operation)),
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new ServiceCallError(String(error));
  }
  if (!response.ok) throw new ServiceCallError(`HTTP ${response.status}`);
  try {
    // Any JSON may come back, `null` included.
    return (await response.json()) as GraphQLAnswer | null;
  } catch {
    throw new ServiceCallError('the answer was not JSON');
  }
}
