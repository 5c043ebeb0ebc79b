import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../../../../lib/money';

export type SubscriptionStatusValue = 'TRIALING' | 'ACTIVE' | 'PAST_DUE' | 'CANCELLED';

@Entity('subscriptions')
@Index('IDX_SUBSCRIPTIONS_CUSTOMER_STARTED', ['customerId', 'startedAt', 'id'])
@Check('subscriptions_status_check', "status IN ('TRIALING','ACTIVE','PAST_DUE','CANCELLED')")
@Check('subscriptions_mrr_minor_check', 'mrr_minor >= 0')
export class SubscriptionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'text' })
  plan: string;

  @Column({ type: 'text' })
  status: SubscriptionStatusValue;

  @Column({ name: 'mrr_minor', type: 'bigint', transformer: bigintAsNumber })
  mrrMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
