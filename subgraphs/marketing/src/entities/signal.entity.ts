import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export const SIGNAL_KINDS = [
  'PAGE_VIEW',
  'PRICING_VIEW',
  'PRODUCT_RESEARCH',
  'COMPETITOR_COMPARISON',
  'CART_ABANDONED',
  'CHECKOUT_ERROR',
  'CANCEL_SUBSCRIPTION_INTENT',
  'UNSUBSCRIBE',
  'EMAIL_OPEN',
  'EMAIL_CLICK',
  'FORM_SUBMIT',
] as const;
export type SignalKindValue = (typeof SIGNAL_KINDS)[number];

export const SIGNAL_CHANNELS = ['WEB', 'APP', 'EMAIL'] as const;
export type SignalChannelValue = (typeof SIGNAL_CHANNELS)[number];

@Entity('signals')
@Index('IDX_SIGNALS_CUSTOMER_OCCURRED', ['customerId', 'occurredAt', 'id'])
@Index('UQ_SIGNALS_CLIENT_EVENT_ID', ['clientEventId'], { unique: true })
@Check(
  'signals_kind_check',
  "kind IN ('PAGE_VIEW','PRICING_VIEW','PRODUCT_RESEARCH','COMPETITOR_COMPARISON','CART_ABANDONED'," +
    "'CHECKOUT_ERROR','CANCEL_SUBSCRIPTION_INTENT','UNSUBSCRIBE','EMAIL_OPEN','EMAIL_CLICK','FORM_SUBMIT')",
)
@Check('signals_channel_check', "channel IN ('WEB','APP','EMAIL')")
export class SignalEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  /** The sender's own id for the event: the idempotency key of ingestion. */
  @Column({ name: 'client_event_id', type: 'text' })
  clientEventId: string;

  /** Fingerprint of the event as first received, to tell a replay from a conflicting reuse of the id. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  kind: SignalKindValue;

  @Column({ type: 'text' })
  channel: SignalChannelValue;

  @Column({ type: 'text', nullable: true })
  topic: string | null;

  @Column({ type: 'text', nullable: true })
  url: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
