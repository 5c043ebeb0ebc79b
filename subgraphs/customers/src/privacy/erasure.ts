import type { DataSource, EntityManager } from 'typeorm';
import { type AuditActor, recordAudit } from '../../../../lib/audit/record-audit';
import { notFound } from '../../../../lib/errors';
import { isUniqueViolation } from '../../../../lib/idempotency';
import { newId } from '../../../../lib/ids';
import { CustomerEntity } from '../entities/customer.entity';
import { ErasureEntity } from '../entities/erasure.entity';
import { ErasureReceiptEntity, type ErasureServiceValue } from '../entities/erasure-receipt.entity';
import { identifiersOfIds } from '../identity';
import { suppressionHash } from './suppression';

/** The services that erase their own rows after the customers subgraph has erased its part. */
export const DEPARTMENT_SERVICES = ['MARKETING', 'SALES', 'SUPPORT'] as const satisfies ErasureServiceValue[];

/** Who asks, for the erasure's record and the audit log. */
export interface ErasureRequest {
  actor: AuditActor;
  requestId?: string;
}

/** An erasure with one receipt per service, customers first. */
export interface ErasureView extends ErasureEntity {
  receipts: ErasureReceiptEntity[];
}

const SERVICE_ORDER: ErasureServiceValue[] = ['CUSTOMERS', ...DEPARTMENT_SERVICES];

async function viewOf(manager: EntityManager, erasure: ErasureEntity): Promise<ErasureView> {
  const receipts = await manager.findBy(ErasureReceiptEntity, { erasureId: erasure.id });
  receipts.sort((a, b) => SERVICE_ORDER.indexOf(a.service) - SERVICE_ORDER.indexOf(b.service));
  return Object.assign(erasure, { receipts });
}

/** The erasure that covers this id (any id of the erased group), or null. */
export async function findErasure(manager: EntityManager, customerId: string): Promise<ErasureView | null> {
  const [erasure] = await manager
    .getRepository(ErasureEntity)
    .createQueryBuilder('e')
    .where(':id = ANY(e.customerIds)', { id: customerId })
    .getMany();
  return erasure ? viewOf(manager, erasure) : null;
}

/** Every identifier the group holds, and the primary email/phone on its rows, as suppression hashes. */
async function suppressionHashes(manager: EntityManager, rows: CustomerEntity[]): Promise<string[]> {
  const identifiers = await identifiersOfIds(
    manager,
    rows.map((row) => row.id),
  );
  const hashes = identifiers.map(suppressionHash);
  for (const row of rows) {
    if (row.email) hashes.push(suppressionHash({ kind: 'EMAIL', system: '', value: row.email }));
    if (row.phone) hashes.push(suppressionHash({ kind: 'PHONE', system: '', value: row.phone }));
  }
  return [...new Set(hashes)];
}

/**
 * Erases the customers subgraph's part at once, in one transaction: the group's rows become tombstones
 * (names, email and phone gone; id, country and locale kept), its identifiers move to the suppression list
 * as keyed hashes, merge history drops the profile values it recorded, and the departments get a pending
 * receipt each. Erasing an erased person again returns the first erasure and changes nothing.
 */
async function eraseLocally(
  dataSource: DataSource,
  customerId: string,
  request: ErasureRequest,
  now: Date,
): Promise<ErasureView> {
  return dataSource.transaction(async (manager) => {
    const found = await manager.findOneBy(CustomerEntity, { id: customerId });
    if (!found) throw notFound('Customer', customerId, ['id']);
    const canonicalId = found.canonicalId ?? found.id;
    const rows = await manager
      .getRepository(CustomerEntity)
      .createQueryBuilder('c')
      .where('c.id = :id OR c.canonicalId = :id', { id: canonicalId })
      .orderBy('c.id')
      .setLock('pessimistic_write')
      .getMany();
    // Under the lock: a concurrent erasure of the same group has committed or not started.
    const existing = await findErasure(manager, customerId);
    if (existing) return existing;

    const ids = rows.map((row) => row.id);
    const erasure = manager.create(ErasureEntity, {
      id: newId(),
      customerId: canonicalId,
      customerIds: [canonicalId, ...ids.filter((id) => id !== canonicalId)],
      requestedBy: request.actor.subject,
      requestedAt: now,
      completedAt: null,
    });
    await manager.insert(ErasureEntity, erasure);
    await recordAudit(manager, {
      actor: request.actor,
      action: 'ERASURE_REQUESTED',
      customerIds: erasure.customerIds,
      detail: { erasureId: erasure.id },
      requestId: request.requestId,
    });
    const hashes = await suppressionHashes(manager, rows);
    if (hashes.length > 0)
      await manager.query(
        `INSERT INTO suppressed_identifiers (hash, customer_id, erasure_id, created_at)
         SELECT unnest($1::text[]), $2, $3, $4 ON CONFLICT (hash) DO NOTHING`,
        [hashes, canonicalId, erasure.id, now],
      );
    const [, identifiersErased] = (await manager.query(
      'DELETE FROM customer_identifiers WHERE customer_id = ANY($1)',
      [ids],
    )) as [unknown, number];
    await manager.query(
      `UPDATE customers SET display_name = NULL, email = NULL, phone = NULL, erased_at = $2, updated_at = $2
       WHERE id = ANY($1)`,
      [ids, now],
    );
    // A merge recorded the profile values the two customers disagreed on.
    await manager.query(
      `UPDATE customer_merge_events SET conflicts = '[]'
       WHERE (survivor_id = ANY($1) OR merged_id = ANY($1)) AND conflicts <> '[]'`,
      [ids],
    );
    await manager.insert(ErasureReceiptEntity, [
      {
        erasureId: erasure.id,
        service: 'CUSTOMERS',
        status: 'ERASED',
        rowsErased: identifiersErased,
        rowsDeidentified: rows.length,
        confirmedAt: now,
      },
      ...DEPARTMENT_SERVICES.map((service) => ({
        erasureId: erasure.id,
        service,
        status: 'PENDING' as const,
        rowsErased: 0,
        rowsDeidentified: 0,
        confirmedAt: null,
      })),
    ]);
    return viewOf(manager, erasure);
  });
}

/** How long `eraseCustomer` waits for the departments' receipts before answering with some still pending. */
const CONFIRMATION_WAIT_MS = 2_000;
const CONFIRMATION_POLL_MS = 100;

/**
 * Erases a person everywhere: the customers subgraph's part at once, the departments' as each of them
 * picks the pending erasure up (lib/privacy/erasure-worker.ts; a department that is down does so when it
 * is back). Answers once every department confirmed, or after CONFIRMATION_WAIT_MS with the receipts as
 * they are; `erasure(customerId)` shows the rest.
 */
export async function eraseCustomer(
  dataSource: DataSource,
  customerId: string,
  request: ErasureRequest,
): Promise<ErasureView> {
  let erasure: ErasureView;
  try {
    erasure = await eraseLocally(dataSource, customerId, request, new Date());
  } catch (error) {
    // Two erasures of one group raced past the lock (each locked a row set the other did not see).
    if (!isUniqueViolation(error)) throw error;
    erasure = (await findErasure(dataSource.manager, customerId))!;
  }
  const deadline = Date.now() + CONFIRMATION_WAIT_MS;
  while (!erasure.completedAt && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, CONFIRMATION_POLL_MS));
    erasure = (await findErasure(dataSource.manager, customerId))!;
  }
  return erasure;
}

/** The erasures a department has not confirmed yet, oldest first. */
export async function pendingErasures(
  manager: EntityManager,
  service: ErasureServiceValue,
): Promise<ErasureEntity[]> {
  return manager
    .getRepository(ErasureEntity)
    .createQueryBuilder('e')
    .innerJoin(ErasureReceiptEntity, 'r', 'r.erasureId = e.id')
    .where('r.service = :service AND r.status = :status', { service, status: 'PENDING' })
    .orderBy('e.requestedAt')
    .limit(100)
    .getMany();
}

/**
 * A department's confirmation: its receipt turns ERASED (once; a repeated confirmation keeps the first
 * counts and time), and the erasure completes when no receipt is pending.
 */
export async function confirmErasure(
  dataSource: DataSource,
  input: { erasureId: string; service: ErasureServiceValue; rowsErased: number; rowsDeidentified: number },
  request: ErasureRequest,
): Promise<ErasureReceiptEntity> {
  const { erasureId, service, rowsErased, rowsDeidentified } = input;
  return dataSource.transaction(async (manager) => {
    // One confirmation of an erasure at a time: each must see the others' receipts to tell whether it is
    // the last (under READ COMMITTED, two at once would each see the other pending, and none complete it).
    const erasure = await manager.findOne(ErasureEntity, {
      where: { id: erasureId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!erasure) throw notFound('Erasure', erasureId, ['input', 'erasureId']);
    const now = new Date();
    const [, confirmed] = (await manager.query(
      `UPDATE erasure_receipts SET status = 'ERASED', rows_erased = $3, rows_deidentified = $4, confirmed_at = $5
       WHERE erasure_id = $1 AND service = $2 AND status = 'PENDING'`,
      [erasureId, service, rowsErased, rowsDeidentified, now],
    )) as [unknown, number];
    const receipt = await manager.findOneByOrFail(ErasureReceiptEntity, { erasureId, service });
    // A repeated confirmation keeps the first counts and time, and is not audited again.
    if (confirmed === 0) return receipt;
    const audit = (
      action: 'DEPARTMENT_ERASED' | 'ERASURE_COMPLETED',
      detail: Record<string, string | number>,
    ) =>
      recordAudit(manager, {
        actor: request.actor,
        action,
        customerIds: erasure.customerIds,
        detail: { erasureId, ...detail },
        requestId: request.requestId,
      });
    await audit('DEPARTMENT_ERASED', { service, rowsErased, rowsDeidentified });
    const [, completed] = (await manager.query(
      `UPDATE erasures SET completed_at = $2 WHERE id = $1 AND completed_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM erasure_receipts WHERE erasure_id = $1 AND status = 'PENDING')`,
      [erasureId, now],
    )) as [unknown, number];
    if (completed > 0) await audit('ERASURE_COMPLETED', {});
    return receipt;
  });
}
