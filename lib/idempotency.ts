import { createHash } from 'node:crypto';
import type { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';

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
  return createHash('sha256')
    .update(JSON.stringify(canonical(payload)))
    .digest('base64url');
}

/** PostgreSQL's unique_violation. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

export interface CreateOnceOptions<T extends { requestHash: string | null }> {
  dataSource: DataSource;
  requestHash: string;
  /** The record already stored under the request's idempotency key, if any. */
  find(manager: EntityManager): Promise<T | null>;
  /** Writes the record (and whatever goes with it) in the same transaction. */
  create(manager: EntityManager): Promise<T>;
  /** The error for a key reused with another payload. */
  conflict(): GraphQLError;
}

/**
 * The one way a write keyed by a client's id happens: inside a transaction, a stored record with the
 * same key and payload fingerprint is returned as a replay, one with another fingerprint is a CONFLICT,
 * and otherwise `create` writes it. When a concurrent request with the same key wins the insert (a
 * unique violation), the winner is read and answered the same way.
 */
export async function createOnce<T extends { requestHash: string | null }>(
  options: CreateOnceOptions<T>,
): Promise<{ record: T; created: boolean }> {
  const replay = (existing: T) => {
    if (existing.requestHash !== options.requestHash) throw options.conflict();
    return { record: existing, created: false };
  };
  try {
    return await options.dataSource.transaction(async (manager) => {
      const existing = await options.find(manager);
      return existing ? replay(existing) : { record: await options.create(manager), created: true };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const winner = await options.find(options.dataSource.manager);
    // No record holds the key: something else the write stores clashed; still the client's id at fault.
    if (!winner) throw options.conflict();
    return replay(winner);
  }
}
