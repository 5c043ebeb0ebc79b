import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { AgentConsoleDocument } from './__generated__/graphql';

/**
 * Runs a typed document (generated from examples/operations by `npm run codegen`) with plain fetch: the
 * variables are checked against the operation's, and the answer comes back as its exact result type.
 */
export async function request<Result, Variables>(
  url: string,
  token: string,
  document: TypedDocumentNode<Result, Variables>,
  variables: Variables,
): Promise<Result> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await response.json()) as { data?: Result | null; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data)
    throw new Error(body.errors?.map((error) => error.message).join('; ') ?? `HTTP ${response.status}`);
  return body.data;
}

// `TOKEN=… npx tsx examples/typed-client.ts [customer id]`: Lena's stage and next best action by default.
async function main() {
  const url = process.env.GATEWAY_URL ?? 'http://localhost:4000/graphql';
  const token = process.env.TOKEN;
  if (!token)
    throw new Error('Set TOKEN to a bearer token: npm start prints one, `npm run token` makes others');
  const id = process.argv[2] ?? '06f9c031-95a3-5a98-a54b-70bcab01d8d1';
  const { customer } = await request(url, token, AgentConsoleDocument, { id });
  if (!customer) throw new Error(`No customer ${id}`);
  // Typed all the way down: `customer.kpis?.nextBestAction.action` is the NextBestActionKind union.
  const action = customer.kpis?.nextBestAction;
  console.log(
    `${customer.displayName}: ${customer.kpis?.lifecycleStage.value} → ${action?.action} by ${action?.department} on ${action?.channel}`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
