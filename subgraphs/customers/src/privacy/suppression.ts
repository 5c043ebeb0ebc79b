import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { loadAuthSettings } from '../../../../lib/auth/settings';
import { suppressed } from '../../../../lib/errors';
import type { IdentifierDraft } from '../../../../lib/identifiers';
import { findKnownIdentifiers, identifierKey } from '../identity';

type Lookup = Pick<IdentifierDraft, 'kind' | 'system' | 'value'>;

const MIN_SECRET_LENGTH = 32;

/**
 * The key the suppression list is hashed with. A plain SHA-256 of an email can be reversed by hashing a
 * list of emails; a keyed hash cannot without the key. Production needs SUPPRESSION_HASH_SECRET (and must
 * keep it: a new key no longer matches the list); development derives one from the gateway's secret,
 * which DATA_DIR keeps stable.
 */
export function suppressionKey(env: NodeJS.ProcessEnv, gatewaySecret: string): string {
  const configured = env.SUPPRESSION_HASH_SECRET;
  if (configured) {
    if (configured.length < MIN_SECRET_LENGTH)
      throw new Error(`SUPPRESSION_HASH_SECRET must be at least ${MIN_SECRET_LENGTH} characters`);
    return configured;
  }
  if (env.NODE_ENV === 'production')
    throw new Error('In production set SUPPRESSION_HASH_SECRET: erased identifiers are hashed with it');
  return createHmac('sha256', gatewaySecret).update('suppression-list').digest('base64url');
}

let key: string | null = null;

/** Reads the key now: the customers subgraph calls it at start, so a missing production key stops the start. */
export function loadSuppressionKey(): string {
  key ??= suppressionKey(process.env, loadAuthSettings().gatewaySecret);
  return key;
}

/** The keyed hash the suppression list holds for an identifier (its normalized kind, system and value). */
export function suppressionHash(identifier: Lookup): string {
  const key = loadSuppressionKey();
  return createHmac('sha256', key).update(identifierKey(identifier)).digest('hex');
}

/** The erased customer each suppressed identifier belonged to (null where it is not suppressed). */
export async function findSuppressed(
  manager: EntityManager,
  lookups: readonly Lookup[],
): Promise<Array<string | null>> {
  if (lookups.length === 0) return [];
  const hashes = lookups.map(suppressionHash);
  const rows: Array<{ hash: string; customer_id: string }> = await manager.query(
    'SELECT hash, customer_id FROM suppressed_identifiers WHERE hash = ANY($1)',
    [hashes],
  );
  const owner = new Map(rows.map((row) => [row.hash, row.customer_id]));
  return hashes.map((hash) => owner.get(hash) ?? null);
}

/** FORBIDDEN (reason SUPPRESSED) at the first draft an erased person had: nothing about them is recorded again. */
export async function refuseSuppressed(
  manager: EntityManager,
  drafts: readonly IdentifierDraft[],
): Promise<void> {
  const owners = await findSuppressed(manager, drafts);
  const index = owners.findIndex((owner) => owner !== null);
  if (index >= 0) throw suppressed(drafts[index]!.field);
}

/**
 * Whose each identifier is: its canonical customer, or for an identifier an erased person had, their
 * tombstone (so a department's write naming it learns the person was erased); null when nobody's.
 */
export async function identifierOwners(
  manager: EntityManager,
  lookups: readonly Lookup[],
): Promise<Array<string | null>> {
  const known = await findKnownIdentifiers(manager, lookups);
  const unknown = lookups.filter((_lookup, index) => !known[index]);
  const erased = unknown.length > 0 ? await findSuppressed(manager, unknown) : [];
  let next = 0;
  return known.map((entry) => entry?.canonicalId ?? erased[next++] ?? null);
}
