import { ExportError } from './export-error';

interface GraphQLError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; serviceName?: string };
}

export interface GatewayClient {
  /** One request; answers `data`, or throws an ExportError that lists every error the gateway gave. */
  query(
    query: string,
    variables: Record<string, unknown>,
    operationName?: string,
  ): Promise<Record<string, unknown>>;
}

/** One line per error: its code, message, path and the department that failed, if any. */
export function describeErrors(errors: readonly GraphQLError[]): string {
  return errors
    .map((error) => {
      const code = error.extensions?.code ?? 'ERROR';
      const at = error.path ? ` (at ${error.path.join('.')})` : '';
      const service = error.extensions?.serviceName ? ` [${error.extensions.serviceName}]` : '';
      return `  ${code}: ${error.message}${at}${service}`;
    })
    .join('\n');
}

export function gatewayClient(url: string, token: string, timeoutMs = 60_000): GatewayClient {
  return {
    async query(query, variables, operationName) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables, operationName }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const { cause } = error as { cause?: { code?: string; message?: string } };
        const reason = cause?.code ?? cause?.message ?? (error as Error).message;
        throw new ExportError(`Cannot reach the gateway at ${url} (${reason}): is it running (npm start)?`);
      }
      const text = await response.text();
      let body: { data?: Record<string, unknown> | null; errors?: GraphQLError[] };
      try {
        body = JSON.parse(text);
      } catch {
        throw new ExportError(
          `The gateway answered HTTP ${response.status} without GraphQL: ${text.slice(0, 200)}`,
        );
      }
      // A page with any error is incomplete (a department's fields would be null): never write it.
      if (body.errors?.length)
        throw new ExportError(`The gateway answered with errors:\n${describeErrors(body.errors)}`);
      if (!response.ok || !body.data)
        throw new ExportError(`The gateway answered HTTP ${response.status} without data`);
      return body.data;
    },
  };
}
