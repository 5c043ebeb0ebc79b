import { type DataSource, In } from 'typeorm';
import { hydrate } from '../../../lib/db/hydrate';
import type { FieldPath } from '../../../lib/errors';
import type { CustomerRef } from '../../../lib/graphql/customer-ref';
import { isReplayOf, type KeyedWrite, keyConflict, requestHash } from '../../../lib/idempotency';
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

// The whole batch in one statement; existing client event ids are skipped, not overwritten.
const INSERT_SQL = `
  INSERT INTO signals (id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at, received_at)
  SELECT i.*, $10::timestamptz
  FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
              $9::timestamptz[])
    AS i(id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at)
  ON CONFLICT (client_event_id) DO NOTHING
  RETURNING *`;

/**
 * Stores a validated batch of signals in one transaction, all or nothing. A clientEventId seen before
 * with the same payload and customer (or a customer merged into it) is a replay and returns the stored
 * signal; otherwise it is a CONFLICT at `field.<index>.clientEventId`, and nothing of the batch is written.
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

  return dataSource.transaction(async (manager) => {
    const inserted: Array<Record<string, unknown>> = await manager.query(INSERT_SQL, [
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
    ]);
    const stored = new Map<string, SignalEntity>();
    for (const raw of inserted) {
      const signal = hydrate(dataSource, SignalEntity, raw);
      stored.set(signal.clientEventId, signal);
    }
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
