import type { DataSource, EntityManager } from 'typeorm';
import { retryOnConflict } from '../../../lib/db/deadlock-retry';
import { badUserInput, notFound, suppressed } from '../../../lib/errors';
import { MAX_MERGED_IDS } from '../../../lib/graphql/customer-ref';
import { newId } from '../../../lib/ids';
import { CustomerEntity } from './entities/customer.entity';
import type { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import { CustomerMergeEventEntity, type MergeConflictRecord } from './entities/customer-merge-event.entity';
import { identifiersOfIds } from './identity';

export interface MergeRequest {
  survivorId: string;
  mergedId: string;
  dryRun: boolean;
}

export interface MergeOutcome {
  dryRun: boolean;
  survivor: CustomerEntity;
  /** The merged customer as it stood on its own before the merge. */
  merged: CustomerEntity;
  movedIds: string[];
  movedIdentifiers: CustomerIdentifierEntity[];
  conflicts: MergeConflictRecord[];
  mergedAt: Date | null;
}

const PROFILE_FIELDS = ['displayName', 'email', 'phone', 'locale', 'country'] as const;

function profileConflicts(survivor: CustomerEntity, merged: CustomerEntity): MergeConflictRecord[] {
  return PROFILE_FIELDS.filter(
    (field) => survivor[field] !== null && merged[field] !== null && survivor[field] !== merged[field],
  ).map((field) => ({ field, survivorValue: survivor[field], mergedValue: merged[field] }));
}

/**
 * These customers, locked in id order so two merges (or a merge and an unmerge) touching the same
 * customer queue instead of deadlocking; one entry per id, null for an id without a row.
 */
async function lockCustomers(manager: EntityManager, ids: readonly string[]) {
  const rows = await manager
    .getRepository(CustomerEntity)
    .createQueryBuilder('c')
    .where('c.id = ANY(:ids)', { ids })
    .orderBy('c.id')
    .setLock('pessimistic_write')
    .getMany();
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
}

function mergeableOrThrow(customer: CustomerEntity | null, id: string, field: string): CustomerEntity {
  if (!customer) throw notFound('Customer', id, ['input', field]);
  if (customer.erasedAt) throw suppressed(['input', field]);
  if (customer.mergedInto)
    throw badUserInput(
      `input.${field} ${id} is already merged into customer ${customer.canonicalId}; use that id`,
      ['input', field],
    );
  return customer;
}

export async function mergeCustomers(dataSource: DataSource, request: MergeRequest): Promise<MergeOutcome> {
  const { survivorId, mergedId } = request;
  if (survivorId === mergedId)
    throw badUserInput(
      'input.mergedId must differ from input.survivorId: a customer cannot be merged into itself',
      ['input', 'mergedId'],
    );
  return retryOnConflict(() =>
    dataSource.transaction(async (manager) => {
      const [survivorRow, mergedRow] = await lockCustomers(manager, [survivorId, mergedId]);
      const survivor = mergeableOrThrow(survivorRow, survivorId, 'survivorId');
      const merged = mergeableOrThrow(mergedRow, mergedId, 'mergedId');
      const movedIds = [merged.id, ...merged.aliasIds];
      if (survivor.aliasIds.length + movedIds.length > MAX_MERGED_IDS)
        throw badUserInput(`input.survivorId would hold more than ${MAX_MERGED_IDS} merged customers`, [
          'input',
          'survivorId',
        ]);
      const movedIdentifiers = await identifiersOfIds(manager, movedIds);
      const conflicts = profileConflicts(survivor, merged);
      const outcome = {
        dryRun: request.dryRun,
        merged: { ...merged },
        movedIds,
        movedIdentifiers,
        conflicts,
      };
      if (request.dryRun) return { ...outcome, survivor, mergedAt: null };

      const at = new Date();
      // One statement: a row's merged_into and canonical_id are set together (CHK_CUSTOMERS_MERGE_COMPLETE).
      await manager.query(
        `UPDATE customers SET canonical_id = $1,
         merged_into = CASE WHEN id = $2 THEN $1 ELSE merged_into END,
         merged_at = CASE WHEN id = $2 THEN $3 ELSE merged_at END
       WHERE id = ANY($4::uuid[])`,
        [survivor.id, merged.id, at, movedIds],
      );
      survivor.aliasIds = [...survivor.aliasIds, ...movedIds];
      survivor.updatedAt = at;
      await manager.save(survivor);
      await manager.insert(CustomerMergeEventEntity, {
        id: newId(),
        action: 'MERGE',
        survivorId: survivor.id,
        mergedId: merged.id,
        movedIds,
        conflicts,
        occurredAt: at,
      });
      return { ...outcome, survivor, mergedAt: at };
    }),
  );
}

export interface UnmergeOutcome {
  survivor: CustomerEntity;
  restored: CustomerEntity;
  restoredIds: string[];
}

/** Undoes one merge: the merged id and its own aliases answer for themselves again; ancestors drop them. */
export async function unmergeCustomer(dataSource: DataSource, mergedId: string): Promise<UnmergeOutcome> {
  return retryOnConflict(() =>
    dataSource.transaction(async (manager) => {
      const [restored] = await lockCustomers(manager, [mergedId]);
      if (!restored) throw notFound('Customer', mergedId, ['input', 'mergedId']);
      if (restored.erasedAt) throw suppressed(['input', 'mergedId']);
      if (!restored.mergedInto)
        throw badUserInput(`input.mergedId ${mergedId} is not merged into another customer`, [
          'input',
          'mergedId',
        ]);
      const parentId = restored.mergedInto;
      const restoredIds = [restored.id, ...restored.aliasIds];
      const at = new Date();
      // Every customer above it in the merge chain listed these ids as aliases.
      const ancestors: Array<{ id: string }> = await manager.query(
        `WITH RECURSIVE up AS (
         SELECT id, merged_into FROM customers WHERE id = $1
         UNION ALL SELECT c.id, c.merged_into FROM customers c JOIN up ON c.id = up.merged_into
       ) SELECT id FROM up`,
        [parentId],
      );
      // Lock the chain above too (in id order, like merges do), so a merge into it waits for this unmerge.
      const ancestorIds = ancestors.map((row) => row.id);
      await lockCustomers(manager, ancestorIds);
      await manager.query(
        `UPDATE customers SET alias_ids = array(SELECT a FROM unnest(alias_ids) a WHERE a <> ALL($2::uuid[])),
         updated_at = $3
       WHERE id = ANY($1::uuid[])`,
        [ancestorIds, restoredIds, at],
      );
      await manager.query('UPDATE customers SET canonical_id = $1 WHERE id = ANY($2::uuid[])', [
        restored.id,
        restored.aliasIds,
      ]);
      await manager.update(
        CustomerEntity,
        { id: restored.id },
        { mergedInto: null, canonicalId: null, mergedAt: null, updatedAt: at },
      );
      await manager.insert(CustomerMergeEventEntity, {
        id: newId(),
        action: 'UNMERGE',
        survivorId: parentId,
        mergedId: restored.id,
        movedIds: restoredIds,
        conflicts: [],
        occurredAt: at,
      });
      const survivor = await manager.findOneByOrFail(CustomerEntity, { id: parentId });
      const own = await manager.findOneByOrFail(CustomerEntity, { id: restored.id });
      return { survivor, restored: own, restoredIds };
    }),
  );
}
