import type { EntityManager } from 'typeorm';
import { deleteAppliedRequestsOf, deleteRowsOf, type ErasurePlan } from '../../../lib/privacy/erasure-worker';
import { ABOUT_THEIR_TICKETS } from './data-export';

/**
 * Tickets go with their interactions, ratings and assessments (ON DELETE CASCADE), and so do the replay
 * records of writes about them (first: they are found through the tickets).
 */
export const supportErasurePlan: ErasurePlan = {
  service: 'SUPPORT',
  async erase(manager: EntityManager, customerIds: readonly string[]) {
    const rowsErased =
      (await deleteAppliedRequestsOf(manager, customerIds, ABOUT_THEIR_TICKETS)) +
      (await deleteRowsOf(manager, 'tickets', customerIds));
    return { rowsErased, rowsDeidentified: 0 };
  },
};
