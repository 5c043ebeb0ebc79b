import { Check, Column, Entity, PrimaryColumn } from 'typeorm';
import type { ContactChannelValue } from './consent.entity';

/** A channel the customer (or an agent on their behalf) chose explicitly; absent means "infer it". */
@Entity('preferred_channels')
@Check('preferred_channels_channel_check', "channel IN ('EMAIL','SMS','PHONE','PUSH','POST')")
export class PreferredChannelEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'text' })
  channel: ContactChannelValue;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
