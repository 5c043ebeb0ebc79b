import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ConsentPurposeValue, ContactChannelValue } from './consent.entity';

/** Every consent decision ever recorded, append-only: the audit trail behind `consents`. */
@Entity('consent_events')
@Index('IDX_CONSENT_EVENTS_CUSTOMER_RECORDED', ['customerId', 'recordedAt', 'id'])
@Check('consent_events_channel_check', "channel IN ('EMAIL','SMS','PHONE','PUSH','POST')")
@Check('consent_events_purpose_check', "purpose IN ('MARKETING','SERVICE','PROFILING')")
export class ConsentEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'text' })
  channel: ContactChannelValue;

  @Column({ type: 'text' })
  purpose: ConsentPurposeValue;

  @Column({ type: 'boolean' })
  granted: boolean;

  @Column({ type: 'text' })
  source: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** When the service received it. */
  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
