import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '../../lib/config';
import { freshKey } from '../helpers/client-keys';
import { sql } from '../helpers/db';
import { operation } from '../helpers/operations';
import { type GraphQLResponse, type Stack, startStack } from '../helpers/stack';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const HOUR_MS = 60 * 60 * 1000;

const PLACE_ORDER = `#graphql
  mutation ($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      id clientOrderId customer { id } status channel orderedAt updatedAt
      total { amountMinor currency } lines { sku quantity unitPrice { amountMinor currency } }
    }
  }`;
const RECORD_SIGNALS = `#graphql
  mutation ($input: RecordSignalsInput!) {
    recordSignals(input: $input) { accepted duplicates signals { id clientEventId customer { id } kind occurredAt receivedAt } }
  }`;

/** Runs `run` over every item with at most `limit` in flight; results in item order. */
async function inPool<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The same order of a list on every run: a Fisher–Yates shuffle driven by a small fixed-seed generator. */
function shuffled<T>(items: readonly T[], seed = 20_251_122): T[] {
  const result = [...items];
  let state = seed;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}

/** What a service answers when it sheds load or its database is out of reach: retry, safe with a key. */
const TRANSIENT = new Set(['DATABASE_UNAVAILABLE', 'SERVICE_UNAVAILABLE', 'SERVICE_OVERLOADED']);

/**
 * Sends a keyed write the way an ingesting client does: a transient failure is retried (a few times, after
 * a short pause), which the idempotency key makes safe. Answers the last response.
 */
async function sendWithRetries(send: () => Promise<GraphQLResponse>): Promise<GraphQLResponse> {
  for (let attempt = 1; ; attempt++) {
    const response = await send();
    const transient = response.errors?.some((error) => TRANSIENT.has(String(error.extensions?.code)));
    if (!transient || attempt === 5) return response;
    await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
  }
}

const countRows = async (department: SubgraphName, from: string, params: unknown[]) =>
  (await sql<{ n: number }>(department, `SELECT count(*)::int AS n FROM ${from}`, params))[0]!.n;

describe('idempotent ingest through the gateway', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.stop());

  /** A fresh customer, made by the customers subgraph's `identify`. */
  const identify = async (label: string): Promise<string> => {
    const response = await stack.query<{ identify: { customer: { id: string } } }>(
      'mutation ($input: IdentifyInput!) { identify(input: $input) { customer { id } } }',
      {
        input: {
          email: `${label}.${randomUUID().slice(0, 8)}@example.com`,
          displayName: label,
          country: 'DE',
        },
      },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.identify.customer.id;
  };

  describe('concurrent replays', () => {
    // About 10 s on an idle 2-core machine (the gateway and the subgraphs share one Node thread here);
    // the 60 s bound leaves room for a machine busy with other work.
    it('should leave exactly 100 orders and answer every replay like the first when 1,000 concurrent requests share 100 idempotency keys', async () => {
      const buyers = await Promise.all(Array.from({ length: 10 }, (_, i) => identify(`ingest.${i}`)));
      const run = randomUUID();
      const inputs = Array.from({ length: 100 }, (_, i) => ({
        customerId: buyers[i % buyers.length],
        clientOrderId: `ingest-${run}-${i}`,
        channel: 'WEB',
        currency: 'EUR',
        lines: [{ sku: `SKU-${i}`, quantity: 1 + (i % 3), unitPriceMinor: 100 + i }],
      }));
      // Ten requests per key in a shuffled order: with 50 in flight, a key's requests often overlap.
      const requests = shuffled(Array.from({ length: 1000 }, (_, i) => inputs[i % inputs.length]!));

      const responses = await inPool(requests, 50, (input) =>
        sendWithRetries(() => stack.query(PLACE_ORDER, { input })),
      );

      expect(responses.filter((response) => response.errors)).toEqual([]);
      const byKey = new Map<string, GraphQLResponse[]>();
      responses.forEach((response, i) => {
        const key = requests[i]!.clientOrderId;
        byKey.set(key, [...(byKey.get(key) ?? []), response]);
      });
      expect(byKey.size).toBe(100);
      for (const [, answers] of byKey) {
        expect(answers).toHaveLength(10);
        for (const answer of answers) expect(answer).toEqual(answers[0]);
      }
      const ids = new Set(
        responses.map((response) => (response.data as { placeOrder: { id: string } }).placeOrder.id),
      );
      expect(ids.size).toBe(100);
      const pattern = `ingest-${run}-%`;
      expect(await countRows('sales', 'orders WHERE client_order_id LIKE $1', [pattern])).toBe(100);
      expect(
        await countRows(
          'sales',
          'order_lines l JOIN orders o ON o.id = l.order_id WHERE o.client_order_id LIKE $1',
          [pattern],
        ),
      ).toBe(100);
    }, 60_000);
  });

  it('should store an ingestion batch (examples/operations/record-signals.graphql) once and count its retry as duplicates', async () => {
    const customerId = await identify('ingestion');
    const source = `shop-eu:${randomUUID()}`;
    const signals = [
      {
        customerId,
        clientEventId: `${source}:1`,
        kind: 'PRICING_VIEW',
        channel: 'WEB',
        topic: 'plan-pro',
        occurredAt: '2026-01-05T10:00:00.000Z',
      },
      {
        customerId,
        clientEventId: `${source}:2`,
        kind: 'CHECKOUT_ERROR',
        channel: 'APP',
        occurredAt: '2026-01-05T10:05:00.000Z',
      },
    ];

    const first = await stack.query(operation('record-signals'), { signals });
    const retry = await stack.query(operation('record-signals'), { signals });

    expect(first.errors).toBeUndefined();
    const stored = (first.data as { recordSignals: { signals: Array<{ id: string }> } }).recordSignals
      .signals;
    expect(first.data).toEqual({
      recordSignals: {
        accepted: 2,
        duplicates: 0,
        signals: [
          {
            id: stored[0]!.id,
            clientEventId: `${source}:1`,
            customer: { id: customerId },
            kind: 'PRICING_VIEW',
            channel: 'WEB',
            topic: 'plan-pro',
            occurredAt: '2026-01-05T10:00:00.000Z',
          },
          {
            id: stored[1]!.id,
            clientEventId: `${source}:2`,
            customer: { id: customerId },
            kind: 'CHECKOUT_ERROR',
            channel: 'APP',
            topic: null,
            occurredAt: '2026-01-05T10:05:00.000Z',
          },
        ],
      },
    });
    expect(new Set(stored.map((signal) => signal.id)).size).toBe(2);
    expect(retry.data).toEqual({
      recordSignals: {
        ...(first.data as { recordSignals: object }).recordSignals,
        accepted: 0,
        duplicates: 2,
      },
    });
    expect(await countRows('marketing', 'signals WHERE client_event_id LIKE $1', [`${source}:%`])).toBe(2);
  });

  describe('an invalid batch', () => {
    const BATCH = 50;
    const INVALID = 37;
    let customerId: string;
    /** A key stored before the batch, with another payload than the batch gives it. */
    let usedKey: string;
    beforeAll(async () => {
      customerId = await identify('batch');
      usedKey = freshKey('used');
      const stored = await stack.query(RECORD_SIGNALS, {
        input: {
          signals: [
            {
              customerId,
              clientEventId: usedKey,
              kind: 'PRICING_VIEW',
              channel: 'WEB',
              occurredAt: new Date(Date.now() - 2 * HOUR_MS).toISOString(),
            },
          ],
        },
      });
      expect(stored.errors).toBeUndefined();
    });

    it.each([
      [
        'a time in the future',
        'BAD_USER_INPUT',
        'occurredAt',
        () => ({ occurredAt: '2999-01-01T00:00:00Z' }),
      ],
      ['an unknown customer', 'NOT_FOUND', 'customerId', () => ({ customerId: UNKNOWN })],
      [
        'a key already used for another payload',
        'CONFLICT',
        'clientEventId',
        () => ({ clientEventId: usedKey }),
      ],
    ])(
      'should write nothing and name the item in extensions.field when one signal of a batch of 50 has %s',
      async (_case, code, field, invalid) => {
        const run = randomUUID();
        const signals = Array.from({ length: BATCH }, (_, i) => ({
          customerId,
          clientEventId: `batch-${run}-${i}`,
          kind: 'PAGE_VIEW',
          channel: 'WEB',
          occurredAt: new Date(Date.now() - HOUR_MS).toISOString(),
          ...(i === INVALID ? invalid() : {}),
        }));

        const response = await stack.query(RECORD_SIGNALS, { input: { signals } });

        expect(response.data ?? null).toBeNull();
        expect(response.errors?.map((error) => error.extensions)).toEqual([
          expect.objectContaining({ code, field: `input.signals.${INVALID}.${field}` }),
        ]);
        expect(
          await countRows('marketing', 'signals WHERE client_event_id LIKE $1', [`batch-${run}-%`]),
        ).toBe(0);
        expect(await countRows('marketing', 'signals WHERE client_event_id = $1', [usedKey])).toBe(1);
      },
    );
  });

  describe('replays after a merge', () => {
    /** Ids merged by the running test; undone after it, so other files' customers stay as they were. */
    let merged: string[] = [];
    const merge = async (survivorId: string, mergedId: string) => {
      const response = await stack.query(
        'mutation ($s: ID!, $m: ID!) { mergeCustomers(input: { survivorId: $s, mergedId: $m }) { dryRun } }',
        { s: survivorId, m: mergedId },
      );
      expect(response.errors).toBeUndefined();
      merged.push(mergedId);
    };
    afterEach(async () => {
      for (const mergedId of merged) {
        const response = await stack.query(
          'mutation ($m: ID!) { unmergeCustomer(input: { mergedId: $m }) { restoredIds } }',
          { m: mergedId },
        );
        expect(response.errors).toBeUndefined();
      }
      merged = [];
    });

    interface MergeCase {
      mutation: string;
      /** The write's input naming `customerId`, under `key`. */
      input(customerId: string, key: string): Record<string, unknown>;
      /** Rows the key stored. */
      stored(key: string): Promise<number>;
      /**
       * What a replay must answer exactly like the first request (default: the whole response). A batch of
       * signals has no key of its own: its stored signals are the replayed answer, while `accepted` and
       * `duplicates` count what this request added.
       */
      replayed?(response: GraphQLResponse): unknown;
    }
    const occurredAt = new Date(Date.now() - HOUR_MS).toISOString();
    const CASES: Array<[string, MergeCase]> = [
      [
        'placeOrder',
        {
          mutation: PLACE_ORDER,
          input: (customerId, key) => ({
            customerId,
            clientOrderId: key,
            channel: 'WEB',
            currency: 'EUR',
            lines: [{ sku: 'SKU-STARTER-KIT', quantity: 1, unitPriceMinor: 4900 }],
          }),
          stored: (key) => countRows('sales', 'orders WHERE client_order_id = $1', [key]),
        },
      ],
      [
        'recordSignals',
        {
          mutation: RECORD_SIGNALS,
          input: (customerId, key) => ({
            signals: [{ customerId, clientEventId: key, kind: 'CHECKOUT_ERROR', channel: 'WEB', occurredAt }],
          }),
          stored: (key) => countRows('marketing', 'signals WHERE client_event_id = $1', [key]),
          replayed: (response) =>
            (response.data as { recordSignals?: { signals: unknown } }).recordSignals?.signals,
        },
      ],
      [
        'openTicket',
        {
          mutation: `#graphql
            mutation ($input: OpenTicketInput!) { openTicket(input: $input) { id customer { id } status openedAt updatedAt } }`,
          input: (customerId, key) => ({
            customerId,
            clientTicketId: key,
            subject: 'Charged twice',
            topic: 'billing-double-charge',
            channel: 'EMAIL',
            firstMessage: 'I was charged twice.',
          }),
          stored: (key) =>
            countRows('support', 'interactions WHERE client_event_id = $1', [`openTicket:${key}`]),
        },
      ],
      [
        'setConsent',
        {
          mutation: `#graphql
            mutation ($input: SetConsentInput!) { setConsent(input: $input) { channel purpose granted source recordedAt } }`,
          input: (customerId, key) => ({
            customerId,
            clientEventId: key,
            channel: 'EMAIL',
            purpose: 'MARKETING',
            granted: true,
            source: 'web-form',
          }),
          stored: (key) =>
            countRows('marketing', "applied_requests WHERE operation = 'setConsent' AND client_key = $1", [
              key,
            ]),
        },
      ],
      [
        'upsertOpportunity',
        {
          mutation: `#graphql
            mutation ($input: UpsertOpportunityInput!) {
              upsertOpportunity(input: $input) { id customer { id } name stage createdAt updatedAt }
            }`,
          input: (customerId, key) => ({
            customerId,
            clientEventId: key,
            name: 'Team plan',
            stage: 'PROPOSAL',
            amountMinor: 120_000,
            currency: 'EUR',
          }),
          stored: async (key) => {
            const [applied] = await sql<{ id: string }>(
              'sales',
              "SELECT result->>'id' AS id FROM applied_requests WHERE operation = 'upsertOpportunity' AND client_key = $1",
              [key],
            );
            return countRows('sales', 'opportunities WHERE id = $1', [applied?.id ?? UNKNOWN]);
          },
        },
      ],
    ];

    it.each(CASES)(
      'should replay the first answer, by the merged id or the survivor, when %s is sent again after its customer was merged',
      async (_name, write) => {
        const [survivor, mergedId] = [await identify('merge.survivor'), await identify('merge.merged')];
        const key = freshKey('merge');
        const first = await stack.query(write.mutation, { input: write.input(mergedId, key) });
        expect(first.errors).toBeUndefined();
        await merge(survivor, mergedId);

        const byMergedId = await stack.query(write.mutation, { input: write.input(mergedId, key) });
        const bySurvivor = await stack.query(write.mutation, { input: write.input(survivor, key) });

        const replayed = write.replayed ?? ((response: GraphQLResponse) => response);
        expect(byMergedId.errors).toBeUndefined();
        expect(bySurvivor.errors).toBeUndefined();
        expect(replayed(byMergedId)).toEqual(replayed(first));
        expect(replayed(bySurvivor)).toEqual(replayed(first));
        expect(await write.stored(key)).toBe(1);
      },
    );

    it.each(CASES)(
      'should answer CONFLICT at the key when %s is sent again under its key for a customer that was never merged',
      async (_name, write) => {
        const [owner, stranger] = [await identify('key.owner'), await identify('key.stranger')];
        const key = freshKey('stranger');
        const first = await stack.query(write.mutation, { input: write.input(owner, key) });
        expect(first.errors).toBeUndefined();

        const reused = await stack.query(write.mutation, { input: write.input(stranger, key) });

        expect(reused.errors?.map((error) => error.extensions)).toEqual([
          expect.objectContaining({
            code: 'CONFLICT',
            field: expect.stringMatching(/^input\.(signals\.0\.)?client\w+Id$/),
          }),
        ]);
        expect(await write.stored(key)).toBe(1);
      },
    );
  });
});
