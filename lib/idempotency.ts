import { hash } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { AppliedRequestEntity, type StoredColumnValue } from './db/applied-request.entity';
import { hydrate } from './db/hydrate';
import { conflict, type FieldPath } from './errors';
import { type CustomerRef, customerIds } from './graphql/customer-ref';
import { nonEmptyText } from './validation';

/** A client's id for a write (`clientOrderId`, `clientEventId`…): its idempotency key. */
export const clientKey = nonEmptyText(200);

function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined && v !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/**
 * A fingerprint of a write's validated payload, stored with its idempotency key: a replay with the same
 * key and fingerprint returns the first result; the same key with another fingerprint is a CONFLICT.
 */
export function payloadHash(payload: unknown): string {
  return hash('sha256', JSON.stringify(canonical(payload)), 'base64url');
}

/** PostgreSQL's unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

/**
 * A write keyed by the client's own id for it (its event id). A key's scope is its mutation across the
 * whole department, whatever the customer: the same key is the same write, so a replay after the
 * customer was merged into another (and is now stored under the survivor's id) still replays.
 */
export interface KeyedWrite {
  /** The mutation, e.g. `placeOrder`: each mutation's keys are a space of their own. */
  operation: string;
  /** The client's key. */
  key: string;
  /** Where the client gave the key (`['input', 'clientOrderId']`): a CONFLICT names it. */
  field: FieldPath;
  /** What one key stands for, in a CONFLICT's message: `order`, `consent decision`. */
  what: string;
  /**
   * The validated input without the customer it names (`withoutCustomer`): the fingerprint must not
   * change when the customer's id resolves to another canonical id (a merge) or is given by email.
   */
  payload: object;
  /**
   * The canonical customer the write is for, when it names one. A stored write of a customer outside
   * this one's ids (`[id, ...mergedIds]`) is another write under the same key: a CONFLICT.
   */
  customer?: CustomerRef;
}

/** What a record written under a key keeps of the request: its fingerprint and whose it was. */
export interface StoredWrite {
  requestHash: string | null;
  customerId?: string | null;
}

/** The validated input as it is fingerprinted: without `customerId` and `customerIdentifier`. */
export function withoutCustomer<T extends object>(input: T): Omit<T, 'customerId' | 'customerIdentifier'> {
  const {
    customerId: _id,
    customerIdentifier: _identifier,
    ...rest
  } = input as T & {
    customerId?: unknown;
    customerIdentifier?: unknown;
  };
  return rest;
}

/**
 * The keyed write of a mutation whose validated input (at `root`, default `input`) carries its key in
 * `input[key]`: fingerprinted without its customer reference, for `customer` when it names one.
 */
export function keyedWrite<I extends object>(options: {
  operation: string;
  input: I;
  key: keyof I & string;
  what: string;
  customer?: CustomerRef;
  root?: FieldPath;
}): KeyedWrite {
  return {
    operation: options.operation,
    key: String(options.input[options.key]),
    field: [...(options.root ?? ['input']), options.key],
    what: options.what,
    payload: withoutCustomer(options.input),
    customer: options.customer,
  };
}

/** The fingerprint stored with a keyed write. */
export function requestHash(write: Pick<KeyedWrite, 'payload'>): string {
  return payloadHash(write.payload);
}

/**
 * Whether a stored record is this write again: the same customer (any of its merged ids) and the same
 * payload. Records stored before fingerprints left the customer out hashed the payload together with the
 * customer's id: they match when that hash does.
 */
export function isReplayOf(stored: StoredWrite, write: KeyedWrite): boolean {
  const owner = stored.customerId ?? null;
  if (write.customer && owner !== null && !customerIds(write.customer).includes(owner)) return false;
  if (stored.requestHash === requestHash(write)) return true;
  return (
    write.customer !== undefined &&
    owner !== null &&
    stored.requestHash === payloadHash({ ...write.payload, customerId: owner })
  );
}

/** The CONFLICT for a key reused with another payload (or for another customer), at the key's field. */
export function keyConflict(write: Pick<KeyedWrite, 'key' | 'field' | 'what'>): GraphQLError {
  const name = write.field[write.field.length - 1];
  return conflict(`${String(name)} ${write.key} was already used for another ${write.what}`, write.field);
}

/**
 * Takes the key's lock for the rest of the transaction: the second request with a key then finds the
 * first one's record and replays it, instead of racing it (and failing its preconditions, e.g. "already
 * cancelled"). Taken first in the transaction, before any row lock, so it cannot take part in a deadlock.
 * `wait: false` answers false at once when another transaction holds it.
 */
async function lockKey(manager: EntityManager, write: KeyedWrite, wait: boolean): Promise<boolean> {
  // Two keys that hash alike only wait for each other.
  const [{ locked }] = await manager.query(
    wait
      ? 'SELECT true AS locked FROM pg_advisory_xact_lock(hashtextextended($1, 0))'
      : 'SELECT pg_try_advisory_xact_lock(hashtextextended($1, 0)) AS locked',
    [`${write.operation}:${write.key}`],
  );
  return locked === true;
}

/**
 * How long a write polls while another request with its key is in flight (duplicates delivered together),
 * holding no pool connection, before it queues for the key's lock.
 */
const KEY_POLL_MS = 2_000;

export interface CreateOnceOptions<T extends StoredWrite> {
  dataSource: DataSource;
  write: KeyedWrite;
  /** The record already stored under the write's key, if any (whoever's it is). */
  find(manager: EntityManager): Promise<T | null>;
  /** Writes the record (and whatever goes with it) in the same transaction, storing `requestHash`. */
  create(manager: EntityManager, requestHash: string): Promise<T>;
}

/**
 * The one way a write keyed by a client's id happens: a stored record that is this write again
 * (`isReplayOf`) is returned as a replay, any other is a CONFLICT at the key's field, and otherwise
 * `create` writes it, in one transaction that holds the key's lock and looks for the record again. When
 * a writer that does not take the lock wins the insert (a unique violation), the winner is read and
 * answered the same way.
 */
export async function createOnce<T extends StoredWrite>(
  options: CreateOnceOptions<T>,
): Promise<{ record: T; created: boolean }> {
  const { dataSource, write } = options;
  const replay = (existing: T) => {
    if (!isReplayOf(existing, write)) throw keyConflict(write);
    return { record: existing, created: false };
  };
  const hash = requestHash(write);
  const started = Date.now();
  for (let attempt = 1; ; attempt += 1) {
    // A retry of a write already committed is answered from its record, without a transaction or the lock.
    const committed = await options.find(dataSource.manager);
    if (committed) return replay(committed);
    const wait = Date.now() - started >= KEY_POLL_MS;
    try {
      const outcome = await dataSource.transaction(async (manager) => {
        if (!(await lockKey(manager, write, wait))) return null;
        const existing = await options.find(manager);
        return existing ? replay(existing) : { record: await options.create(manager, hash), created: true };
      });
      if (outcome) return outcome;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await options.find(dataSource.manager);
      // No record holds the key: something else the write stores clashed; still the client's id at fault.
      if (!winner) throw keyConflict(write);
      return replay(winner);
    }
    // Another request with the key is in flight: look again once it has had time to commit.
    await new Promise((resolve) => setTimeout(resolve, Math.min(50, 5 * attempt) * (0.5 + Math.random())));
  }
}

/** An entity's columns as the database stores them, in JSON: what `applyOnce` keeps of a result. */
function snapshotOf<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  entity: T,
): Record<string, StoredColumnValue> {
  const { driver } = dataSource;
  return Object.fromEntries(
    dataSource
      .getMetadata(target)
      .columns.map((column) => [
        column.databaseName,
        driver.preparePersistentValue(column.getEntityValue(entity), column) ?? null,
      ]),
  );
}

export interface ApplyOnceOptions<T extends ObjectLiteral> {
  dataSource: DataSource;
  write: KeyedWrite;
  /** The entity `apply` answers: its snapshot is stored with the key and answered to every replay. */
  result: EntityTarget<T>;
  /** Applies the write (an update, an upsert, a history row…) in the key's transaction. */
  apply(manager: EntityManager): Promise<T>;
}

/**
 * `createOnce` for writes that have no record of their own to carry the key (updates, upserts): the key,
 * the fingerprint, the customer and a snapshot of the result go into the department's `applied_requests`
 * table in the same transaction. A replay answers the first result exactly, applying nothing again (no
 * second history row, no later `updatedAt`); another payload under the key is a CONFLICT at its field. A
 * write that fails stores nothing, so its key stays free for a corrected retry.
 */
export async function applyOnce<T extends ObjectLiteral>(
  options: ApplyOnceOptions<T>,
): Promise<{ result: T; applied: boolean }> {
  const { dataSource, write } = options;
  let result: T | null = null;
  const { record, created } = await createOnce({
    dataSource,
    write,
    find: (manager) =>
      manager.findOneBy(AppliedRequestEntity, { operation: write.operation, clientKey: write.key }),
    async create(manager, hash) {
      result = await options.apply(manager);
      const applied = manager.create(AppliedRequestEntity, {
        operation: write.operation,
        clientKey: write.key,
        requestHash: hash,
        customerId: write.customer?.id.toLowerCase() ?? null,
        result: snapshotOf(dataSource, options.result, result),
        appliedAt: new Date(),
      });
      await manager.insert(AppliedRequestEntity, applied);
      return applied;
    },
  });
  return created && result !== null
    ? { result, applied: true }
    : { result: hydrate(dataSource, options.result, record.result), applied: false };
}
