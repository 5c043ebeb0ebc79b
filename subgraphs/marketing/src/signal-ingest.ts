import { type DataSource, In } from 'typeorm';
import { hydrate } from '../../../lib/db/hydrate';
import type { FieldPath } from '../../../lib/errors';
import type { CustomerRef } from '../../../lib/graphql/customer-ref';
import {
  isReplayOf,
  isUniqueViolation,
  type KeyedWrite,
  keyConflict,
  requestHash,
} from '../../../lib/idempotency';
import { newId } from '../../../lib/ids';
import { type SignalChannelValue, SignalEntity, type SignalKindValue } from './entities/signal.entity';
import { signalPayload } from './request-hash';

export interface SignalWrite {
  /** The canonical customer (its id and merged ids); the signal is stored under its id. */
  customer: CustomerRef;
  clientEventId: string;
  kind: SignalKindValue;
  channel: SignalChannelValue;
  topic?: string | null;
  url?: string | null;
  occurredAt: Date;
}

export interface IngestResult {
  /** Newly stored. */
  accepted: number;
  /** Replays of stored events, or repeats within the batch. */
  duplicates: number;
  /** The stored signal for every input, in input order. */
  signals: SignalEntity[];
}

const UNNEST_INPUT = `
  SELECT i.*, $10::timestamptz
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::timestamptz[])
    AS i(id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at)`;
const COLUMNS =
  'id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at, received_at';

// The whole batch in one statement; existing client event ids are skipped, not overwritten.
const INSERT_SQL = `
  INSERT INTO signals (${COLUMNS})
  ${UNNEST_INPUT}
  ON CONFLICT (client_event_id) DO NOTHING
  RETURNING *`;

// A batch of only new client event ids, in one statement of its own (no BEGIN/COMMIT round trips): nothing
// when any of them is stored already, and a unique violation (the statement undone) when a concurrent
// request stores one meanwhile. Either way the batch then takes the transaction below.
const INSERT_ALL_NEW_SQL = `
  INSERT INTO signals (${COLUMNS})
  ${UNNEST_INPUT}
  WHERE NOT EXISTS (SELECT 1 FROM signals WHERE client_event_id = ANY($3::text[]))
  RETURNING *`;

/**
 * Stores a validated batch of signals all or nothing: in one statement when every clientEventId is new,
 * else in one transaction. A clientEventId seen before with the same payload and customer (or a customer
 * merged into it) is a replay and returns the stored signal; otherwise it is a CONFLICT at
 * `field.<index>.clientEventId`, and nothing of the batch is written.
 */
export async function ingestSignals(
  dataSource: DataSource,
  items: readonly SignalWrite[],
  field: FieldPath,
): Promise<IngestResult> {
  const writes = items.map(
    (item, index): KeyedWrite => ({
      operation: 'recordSignals',
      key: item.clientEventId,
      field: [...field, index, 'clientEventId'],
      what: 'signal',
      payload: signalPayload(item),
      customer: item.customer,
    }),
  );
  const hashes = writes.map(requestHash);
  const firstIndex = new Map<string, number>();
  items.forEach((item, index) => {
    const first = firstIndex.get(item.clientEventId);
    if (first === undefined) firstIndex.set(item.clientEventId, index);
    else if (
      !isReplayOf({ requestHash: hashes[first]!, customerId: items[first]!.customer.id }, writes[index]!)
    )
      throw keyConflict(writes[index]!);
  });
  // Inserted in clientEventId order: two concurrent batches that share events then take their row locks
  // in the same order and cannot deadlock.
  const unique = [...firstIndex.values()]
    .map((index) => ({ item: items[index]!, hash: hashes[index]! }))
    .sort((a, b) =>
      a.item.clientEventId < b.item.clientEventId ? -1 : a.item.clientEventId > b.item.clientEventId ? 1 : 0,
    );
  const receivedAt = new Date();
  const parameters = [
    unique.map(() => newId()),
    unique.map(({ item }) => item.customer.id),
    unique.map(({ item }) => item.clientEventId),
    unique.map(({ hash }) => hash),
    unique.map(({ item }) => item.kind),
    unique.map(({ item }) => item.channel),
    unique.map(({ item }) => item.topic ?? null),
    unique.map(({ item }) => item.url ?? null),
    unique.map(({ item }) => item.occurredAt.toISOString()),
    receivedAt.toISOString(),
  ];
  const byClientEventId = (inserted: ReadonlyArray<Record<string, unknown>>) =>
    new Map(
      inserted.map((raw) => {
        const signal = hydrate(dataSource, SignalEntity, raw);
        return [signal.clientEventId, signal] as const;
      }),
    );

  const allNew = await insertAllNew(dataSource, parameters);
  if (allNew.length === unique.length) {
    const stored = byClientEventId(allNew);
    return {
      accepted: allNew.length,
      duplicates: items.length - allNew.length,
      signals: items.map((item) => stored.get(item.clientEventId)!),
    };
  }

  return dataSource.transaction(async (manager) => {
    const inserted: Array<Record<string, unknown>> = await manager.query(INSERT_SQL, parameters);
    const stored = byClientEventId(inserted);
    const replayed = unique.map(({ item }) => item.clientEventId).filter((key) => !stored.has(key));
    if (replayed.length > 0) {
      const existing = await manager.findBy(SignalEntity, { clientEventId: In(replayed) });
      existing.sort((a, b) => firstIndex.get(a.clientEventId)! - firstIndex.get(b.clientEventId)!);
      for (const signal of existing) {
        const index = firstIndex.get(signal.clientEventId)!;
        // Throwing rolls the transaction back: the batch's new signals are not kept either.
        if (!isReplayOf(signal, writes[index]!)) throw keyConflict(writes[index]!);
        stored.set(signal.clientEventId, signal);
      }
    }
    return {
      accepted: inserted.length,
      duplicates: items.length - inserted.length,
      signals: items.map((item) => stored.get(item.clientEventId)!),
    };
  });
}

/** The batch's rows when none of its client event ids was stored before; else none (nothing written). */
async function insertAllNew(
  dataSource: DataSource,
  parameters: unknown[],
): Promise<Array<Record<string, unknown>>> {
  try {
    return await dataSource.query(INSERT_ALL_NEW_SQL, parameters);
  } catch (error) {
    if (isUniqueViolation(error)) return [];
    throw error;
  }
}
