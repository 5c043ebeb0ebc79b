import { payloadHash } from '../../../lib/idempotency';

// The customer is left out of every fingerprint: it is checked apart, against the customer's merged ids,
// so a replay after a merge (now stored under the survivor's id) is still the same write.

/** What a signal's fingerprint covers: every field of the event but its customer. */
export function signalPayload(signal: {
  clientEventId: string;
  kind: string;
  channel: string;
  topic?: string | null;
  url?: string | null;
  occurredAt: Date;
}) {
  return {
    clientEventId: signal.clientEventId,
    kind: signal.kind,
    channel: signal.channel,
    topic: signal.topic,
    url: signal.url,
    occurredAt: signal.occurredAt,
  };
}

/** The fingerprint stored with a signal: a replay of its clientEventId must carry the same one. */
export function signalRequestHash(signal: Parameters<typeof signalPayload>[0]): string {
  return payloadHash(signalPayload(signal));
}

/** What the fingerprint of a touch covers: every field of the message but its recipient. */
export function touchPayload(touch: { campaignId: string; clientTouchId: string; sentAt?: Date | null }) {
  return { campaignId: touch.campaignId, clientTouchId: touch.clientTouchId, sentAt: touch.sentAt };
}

/** The fingerprint stored with a touch recorded under a clientTouchId; its recipient is not part of it. */
export function touchRequestHash(
  touch: Parameters<typeof touchPayload>[0] & { customerId?: string },
): string {
  return payloadHash(touchPayload(touch));
}
