import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { ConsentPurposeValue, ContactChannelValue } from './consent.entity';

@Entity('campaigns')
@Index('IDX_CAMPAIGNS_STARTED', ['startedAt', 'id'])
@Check('campaigns_channel_check', "channel IN ('EMAIL','SMS','PHONE','PUSH','POST')")
@Check('campaigns_purpose_check', "purpose IN ('MARKETING','SERVICE','PROFILING')")
@Check('CHK_CAMPAIGNS_ENDED_AFTER_STARTED', 'ended_at IS NULL OR ended_at >= started_at')
export class CampaignEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  channel: ContactChannelValue;

  /** The consent purpose its messages rely on. */
  @Column({ type: 'text' })
  purpose: ConsentPurposeValue;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
