import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from './stack';

/** The idempotency key every department mutation takes, by the name of its input type. */
export const CLIENT_KEY_FIELDS: Readonly<Record<string, string>> = {
  PlaceOrderInput: 'clientOrderId',
  ChangeSubscriptionInput: 'clientEventId',
  UpsertOpportunityInput: 'clientEventId',
  SetConsentInput: 'clientEventId',
  SetPreferredChannelInput: 'clientEventId',
  CreateCampaignInput: 'clientCampaignId',
  RecordTouchInput: 'clientTouchId',
  RecordTouchEventInput: 'clientEventId',
  UpdateLeadScoreInput: 'clientEventId',
  OpenTicketInput: 'clientTicketId',
  RecordInteractionInput: 'clientEventId',
  UpdateTicketStatusInput: 'clientEventId',
  SubmitCsatInput: 'clientEventId',
  RecordAgentAssessmentInput: 'clientEventId',
};

/** A key no other test or run has used. */
export const freshKey = (label = 'key') => `test-${label}-${randomUUID()}`;

/**
 * The input of a mutation (`mutation ($input: SetConsentInput!) …`) with a fresh client key when the test
 * gave none: tests about something else need not invent keys; tests about replays give their own.
 */
export function withClientKey<T extends Record<string, unknown>>(mutation: string, input: T): T {
  const type = /\$input:\s*(\w+)!/.exec(mutation)?.[1];
  const field = type ? CLIENT_KEY_FIELDS[type] : undefined;
  if (!field || field in input) return input;
  return { ...input, [field]: freshKey(field) };
}

type Input = Record<string, unknown>;

/** One department mutation whose client key the shared tests replay and reuse. */
export interface KeyedWriteCase {
  /** The mutation's name, for the test names. */
  name: string;
  /** The operation, taking `$input`. */
  mutation: string;
  /** The key's field in the input. */
  keyField: string;
  /** Arranges what the write needs (a customer, a ticket…) and gives its input, without the key. */
  input(): Promise<Input>;
  /** The input with the same key and another payload. */
  otherPayload(input: Input): Input;
  /**
   * A later write of the same record under a new key, so that a replay that applied the first write
   * again would show (and its answer could not just be read from the record); none for creations.
   */
  later?(input: Input, first: Input): Input;
  /** What the writes stored (rows of the department's database), compared before and after. */
  stored(input: Input, first: Input): Promise<unknown>;
}

/** The single root field of a mutation's data. */
const answer = (response: GraphQLResponse): Input => Object.values(response.data ?? {})[0] as Input;

/**
 * For every case: a replay answers exactly the first result and writes nothing (even after a later write
 * changed the record), and the key with another payload is a CONFLICT at the key's field that writes nothing.
 */
export function itReplaysAndRefusesReusedKeys(
  cases: KeyedWriteCase[],
  mutate: (mutation: string, input: Input) => Promise<GraphQLResponse>,
): void {
  const table = cases.map((writeCase) => [writeCase.name, writeCase] as const);

  it.each(table)(
    'should answer the first result and write nothing more when %s is replayed with its key',
    async (_name, writeCase) => {
      const input = { ...(await writeCase.input()), [writeCase.keyField]: freshKey(writeCase.name) };
      const first = await mutate(writeCase.mutation, input);
      expect(first.errors).toBeUndefined();
      if (writeCase.later) {
        const later = await mutate(writeCase.mutation, {
          ...writeCase.later(input, answer(first)),
          [writeCase.keyField]: freshKey(`${writeCase.name}-later`),
        });
        expect(later.errors).toBeUndefined();
      }
      const before = await writeCase.stored(input, answer(first));

      const replay = await mutate(writeCase.mutation, input);

      expect(replay).toEqual(first);
      expect(await writeCase.stored(input, answer(first))).toEqual(before);
    },
  );

  it.each(table)(
    'should answer CONFLICT at the key and write nothing when %s reuses its key with another payload',
    async (_name, writeCase) => {
      const input = { ...(await writeCase.input()), [writeCase.keyField]: freshKey(writeCase.name) };
      const first = await mutate(writeCase.mutation, input);
      expect(first.errors).toBeUndefined();
      const before = await writeCase.stored(input, answer(first));

      const reused = await mutate(writeCase.mutation, writeCase.otherPayload(input));

      expect(reused.errors?.map((error) => error.extensions)).toEqual([
        expect.objectContaining({ code: 'CONFLICT', field: `input.${writeCase.keyField}` }),
      ]);
      expect(await writeCase.stored(input, answer(first))).toEqual(before);
    },
  );
}
