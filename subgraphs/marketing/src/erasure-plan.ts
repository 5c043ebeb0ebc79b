import type { EntityManager } from 'typeorm';
import { deleteAppliedRequestsOf, deleteRowsOf, type ErasurePlan } from '../../../lib/privacy/erasure-worker';

/** Everything marketing holds on a person goes: behaviour, consent and its history, touches, scores. */
const TABLES = [
  'signals',
  'consents',
  'consent_events',
  'preferred_channels',
  'touches',
  'lead_scores',
  'applied_requests',
];

export const marketingErasurePlan: ErasurePlan = {
  service: 'MARKETING',
  async erase(manager: EntityManager, customerIds: readonly string[]) {
    // Replay records first: a touch event's is found through the touch's customer in its snapshot.
    let rowsErased = await deleteAppliedRequestsOf(manager, customerIds);
    for (const table of TABLES) rowsErased += await deleteRowsOf(manager, table, customerIds);
    return { rowsErased, rowsDeidentified: 0 };
  },
};
