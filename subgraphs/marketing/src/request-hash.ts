import { payloadHash } from '../../../lib/idempotency';

/** The fingerprint stored with a signal: a replay of its clientEventId must carry the same one. */
export function signalRequestHash(signal: {
  customerId: string;
  clientEventId: string;
  kind: string;
  channel: string;
  topic?: string | null;
  url?: string | null;
  occurredAt: Date;
}): string {
  return payloadHash({
    customerId: signal.customerId,
    clientEventId: signal.clientEventId,
    kind: signal.kind,
    channel: signal.channel,
    topic: signal.topic,
    url: signal.url,
    occurredAt: signal.occurredAt,
  });
}

/** The fingerprint stored with a touch recorded under a clientTouchId. */
export function touchRequestHash(touch: {
  campaignId: string;
  customerId: string;
  clientTouchId: string;
  sentAt?: Date | null;
}): string {
  return payloadHash({
    campaignId: touch.campaignId,
    customerId: touch.customerId,
    clientTouchId: touch.clientTouchId,
    sentAt: touch.sentAt,
  });
}
