import type { EntityManager } from 'typeorm';
import { newId } from '../../../lib/ids';
import {
  deidentifyRowsOf,
  deleteAppliedRequestsOf,
  deleteRowsOf,
  type ErasurePlan,
} from '../../../lib/privacy/erasure-worker';

/**
 * Orders and subscriptions are business records (revenue, tax): they stay, de-identified under one fresh
 * pseudonym nothing else knows, with the free-text cancel reason cleared. Opportunities and replay records
 * are about the person and go.
 */
export const salesErasurePlan: ErasurePlan = {
  service: 'SALES',
  async erase(manager: EntityManager, customerIds: readonly string[]) {
    const pseudonym = newId();
    const rowsDeidentified =
      (await deidentifyRowsOf(manager, 'orders', customerIds, pseudonym)) +
      (await deidentifyRowsOf(manager, 'subscriptions', customerIds, pseudonym, ['cancel_reason']));
    const rowsErased =
      (await deleteRowsOf(manager, 'opportunities', customerIds)) +
      (await deleteAppliedRequestsOf(manager, customerIds));
    return { rowsErased, rowsDeidentified };
  },
};
