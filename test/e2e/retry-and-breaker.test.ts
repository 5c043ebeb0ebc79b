import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { customerId } from '../../scripts/demo/world';
import { type Stack, startStack, trustedRequest } from '../helpers/stack';

/**
 * A stand-in in front of the support subgraph: `mode` decides whether it forwards a request, answers
 * 503 to every other one, or answers 503 to all. It counts what reaches it.
 */
function flakyProxy(target: () => string) {
  const state = {
    mode: 'forward' as 'forward' | 'every-other' | 'down' | 'slow',
    hits: 0,
    bodies: [] as string[],
  };
  const read = async (request: IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  };
  const server: Server = createServer(async (request, response) => {
    state.hits += 1;
    const body = await read(request);
    state.bodies.push(body);
    if (state.mode === 'down' || (state.mode === 'every-other' && state.hits % 2 === 1)) {
      response.writeHead(503, { 'content-type': 'text/plain' }).end('busy');
      return;
    }
    if (state.mode === 'slow') await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    const upstream = await fetch(target(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: request.headers.authorization ?? '' },
      body,
    });
    response.writeHead(upstream.status, { 'content-type': 'application/json' }).end(await upstream.text());
  });
  return { server, state };
}

/** How long the proxy's `slow` mode holds each request before forwarding it. */
const SLOW_MS = 800;

const QUERY = `#graphql
  query ($id: ID!) { customer(id: $id) { id salesSummary { paidOrderCount } supportSummary { ticketCount } } }`;

describe('retries and circuit breaking towards a failing subgraph', () => {
  let stack: Stack;
  const proxy = flakyProxy(() => stack.subgraphs.support.url);

  beforeAll(async () => {
    await new Promise<void>((resolve) => proxy.server.listen(0, '127.0.0.1', resolve));
    const { port } = proxy.server.address() as AddressInfo;
    stack = await startStack({ urls: { support: `http://127.0.0.1:${port}/graphql` } });
  });
  afterAll(async () => {
    await stack.stop();
    proxy.server.closeAllConnections();
    await new Promise((resolve) => proxy.server.close(resolve));
  });

  it('should retry a query once when the subgraph answers 503, so the client sees no error', async () => {
    proxy.state.mode = 'every-other';
    proxy.state.hits = 0;
    for (let i = 0; i < 5; i++) {
      const response = await stack.query(QUERY, { id: customerId(3) });
      expect(response.errors).toBeUndefined();
    }
    expect(proxy.state.hits).toBe(10); // each query: one 503, one retry that succeeded
  });

  it('should never retry a mutation', async () => {
    proxy.state.mode = 'down';
    proxy.state.hits = 0;
    proxy.state.bodies = [];
    const response = await stack.query(
      `mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id } }`,
      {
        input: {
          customerId: customerId(3),
          clientTicketId: `retry-${randomUUID()}`,
          subject: 'Never twice',
          topic: 'retry-check',
          channel: 'EMAIL',
        },
      },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      serviceName: 'support',
    });
    expect(proxy.state.bodies.filter((body) => body.includes('openTicket'))).toHaveLength(1);
  });

  it('should stop calling a subgraph that keeps failing, then try it again after the reset timeout', async () => {
    proxy.state.mode = 'down';
    proxy.state.hits = 0;
    const ask = async (times: number) => {
      for (let i = 0; i < times; i++) {
        const response = await stack.query(QUERY, { id: customerId(3) });
        expect(response.errors?.map((error) => error.extensions)).toEqual([
          { code: 'SERVICE_UNAVAILABLE', serviceName: 'support' },
        ]);
      }
    };
    await ask(10); // opens after a handful of failed calls (each a call and its one retry)
    const opened = proxy.state.hits;
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThan(20);
    await ask(10); // open: answered at once, nothing reaches the subgraph
    const whileOpen = proxy.state.hits;
    expect(whileOpen).toBe(opened);
    proxy.state.mode = 'forward';
    await new Promise((resolve) => setTimeout(resolve, 2_200)); // DEFAULT_BREAKER_OPTIONS.resetTimeoutMs + margin
    const probe = await stack.query(QUERY, { id: customerId(3) });
    expect(probe.errors).toBeUndefined();
    expect(proxy.state.hits).toBe(whileOpen + 1);
  });

  it('should not count calls cancelled because their client went away against the subgraph', async () => {
    proxy.state.mode = 'forward';
    expect((await stack.query(QUERY, { id: customerId(10) })).errors).toBeUndefined(); // planned and connected
    proxy.state.mode = 'slow';
    proxy.state.hits = 0;
    // Ten clients give up while support is still working on their calls: the gateway cancels the calls.
    // They ask 30 ms apart (calls made in the same tick would be batched into one).
    const pending: Array<Promise<Response>> = [];
    for (let i = 0; i < 10; i++) {
      const init = await trustedRequest({ query: QUERY, variables: { id: customerId(11 + i) } });
      pending.push(fetch(stack.gatewayUrl, { ...init, signal: AbortSignal.timeout(400) }));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    const abandoned = await Promise.allSettled(pending);
    expect(abandoned.map((outcome) => outcome.status)).toEqual(Array(10).fill('rejected'));
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS + 100));
    expect(proxy.state.hits).toBe(10);

    // Ten failed calls would have opened support's breaker (DEFAULT_BREAKER_OPTIONS): the next client is served.
    proxy.state.mode = 'forward';
    const response = await stack.query(QUERY, { id: customerId(3) });
    expect(response.errors).toBeUndefined();
    expect(proxy.state.hits).toBe(11);
  });

  it('should answer a client whose call joined an identical one of a client that left', async () => {
    proxy.state.mode = 'slow';
    proxy.state.hits = 0;
    const init = await trustedRequest({ query: QUERY, variables: { id: customerId(21) } });
    const leaving = fetch(stack.gatewayUrl, { ...init, signal: AbortSignal.timeout(500) }).catch(() => null);
    await new Promise((resolve) => setTimeout(resolve, 100));
    // The same operation from the same caller while the first one's support call is in flight: Hive's transport
    // lets it join that call, which must go on when the first client leaves.
    const staying = fetch(stack.gatewayUrl, init).then(
      (response) =>
        response.json() as Promise<{ data?: { customer: Record<string, unknown> }; errors?: unknown }>,
    );
    const [, answer] = await Promise.all([leaving, staying]);

    expect(answer.errors).toBeUndefined();
    expect(answer.data!.customer.supportSummary).toEqual({ ticketCount: expect.any(Number) });
    expect(proxy.state.hits).toBe(1);
    proxy.state.mode = 'forward';
  });
});
