import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { CampaignEntity } from './campaign.entity';
import type { ContactChannelValue } from './consent.entity';

export type TouchStatusValue = 'SENT' | 'OPENED' | 'CLICKED' | 'BOUNCED' | 'UNSUBSCRIBED';

/** One message of a campaign sent to one customer; its status follows from the stored event times. */
@Entity('touches')
@Index('IDX_TOUCHES_CUSTOMER_SENT', ['customerId', 'sentAt', 'id'])
@Index('IDX_TOUCHES_CAMPAIGN_SENT', ['campaignId', 'sentAt', 'id'])
@Index('UQ_TOUCHES_CLIENT_TOUCH_ID', ['clientTouchId'], { unique: true })
@Check('touches_channel_check', "channel IN ('EMAIL','SMS','PHONE','PUSH','POST')")
export class TouchEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  /** The campaign's channel when the message was sent. */
  @Column({ type: 'text' })
  channel: ContactChannelValue;

  /** The sender's own id for the message, when given: the idempotency key of recording it. */
  @Column({ name: 'client_touch_id', type: 'text', nullable: true })
  clientTouchId: string | null;

  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash: string | null;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'clicked_at', type: 'timestamptz', nullable: true })
  clickedAt: Date | null;

  @Column({ name: 'bounced_at', type: 'timestamptz', nullable: true })
  bouncedAt: Date | null;

  @Column({ name: 'unsubscribed_at', type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @ManyToOne('CampaignEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id', foreignKeyConstraintName: 'touches_campaign_id_fkey' })
  campaign?: CampaignEntity;
}

/** The furthest state a message reached: an unsubscribe or bounce outranks opens and clicks. */
export function touchStatus(touch: TouchEntity): TouchStatusValue {
  if (touch.unsubscribedAt) return 'UNSUBSCRIBED';
  if (touch.bouncedAt) return 'BOUNCED';
  if (touch.clickedAt) return 'CLICKED';
  if (touch.openedAt) return 'OPENED';
  return 'SENT';
}
