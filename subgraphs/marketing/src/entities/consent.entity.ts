import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const CONTACT_CHANNELS = ['EMAIL', 'SMS', 'PHONE', 'PUSH', 'POST'] as const;
export type ContactChannelValue = (typeof CONTACT_CHANNELS)[number];

export const CONSENT_PURPOSES = ['MARKETING', 'SERVICE', 'PROFILING'] as const;
export type ConsentPurposeValue = (typeof CONSENT_PURPOSES)[number];

/** The current consent of one customer for one channel and purpose: the latest recorded decision. */
@Entity('consents')
@Check('consents_channel_check', "channel IN ('EMAIL','SMS','PHONE','PUSH','POST')")
@Check('consents_purpose_check', "purpose IN ('MARKETING','SERVICE','PROFILING')")
export class ConsentEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @PrimaryColumn({ type: 'text' })
  channel: ContactChannelValue;

  @PrimaryColumn({ type: 'text' })
  purpose: ConsentPurposeValue;

  @Column({ type: 'boolean' })
  granted: boolean;

  /** Where the decision came from, e.g. "web-form", "agent", "import", "unsubscribe-link". */
  @Column({ type: 'text' })
  source: string;

  /** When the customer made the decision. */
  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  /** When this row last changed. */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
