import type { EntityManager } from 'typeorm';
import { type AuditActor, recordAudit } from '../../../lib/audit/record-audit';
import { newId } from '../../../lib/ids';
import { ConsentEntity, type ConsentPurposeValue, type ContactChannelValue } from './entities/consent.entity';
import { ConsentEventEntity } from './entities/consent-event.entity';

export interface ConsentDecision {
  customerId: string;
  channel: ContactChannelValue;
  purpose: ConsentPurposeValue;
  granted: boolean;
  source: string;
  recordedAt: Date;
}

/** Who made a decision and in which request: its CONSENT_CHANGED audit event names them. */
export interface ConsentAuditContext {
  actor: AuditActor | null | undefined;
  requestId: string;
}

// A decision older than the one already in force (a late import, a delayed event) joins the history
// but does not overturn the newer current state.
const UPSERT_CURRENT_SQL = `
  INSERT INTO consents (customer_id, channel, purpose, granted, source, recorded_at, updated_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7)
  ON CONFLICT (customer_id, channel, purpose) DO UPDATE
    SET granted = EXCLUDED.granted, source = EXCLUDED.source,
        recorded_at = EXCLUDED.recorded_at, updated_at = EXCLUDED.updated_at
    WHERE consents.recorded_at <= EXCLUDED.recorded_at`;

/**
 * Appends a decision to the history, updates the current consent and records a CONSENT_CHANGED audit
 * event, all in the caller's transaction; returns the consent now in force.
 */
export async function recordConsent(
  manager: EntityManager,
  decision: ConsentDecision,
  now: Date,
  audit: ConsentAuditContext,
): Promise<ConsentEntity> {
  await manager.insert(ConsentEventEntity, { id: newId(), ...decision, receivedAt: now });
  await recordAudit(manager, {
    actor: audit.actor,
    action: 'CONSENT_CHANGED',
    customerIds: [decision.customerId],
    detail: {
      channel: decision.channel,
      purpose: decision.purpose,
      granted: decision.granted,
      source: decision.source,
      recordedAt: decision.recordedAt.toISOString(),
    },
    requestId: audit.requestId,
  });
  await manager.query(UPSERT_CURRENT_SQL, [
    decision.customerId,
    decision.channel,
    decision.purpose,
    decision.granted,
    decision.source,
    decision.recordedAt,
    now,
  ]);
  return manager.findOneByOrFail(ConsentEntity, {
    customerId: decision.customerId,
    channel: decision.channel,
    purpose: decision.purpose,
  });
}
