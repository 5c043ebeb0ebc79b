import { Column, Entity, PrimaryColumn } from 'typeorm';

export const LEAD_STATUSES = ['NEW', 'NURTURING', 'MQL', 'SQL', 'DISQUALIFIED', 'CUSTOMER'] as const;
export type LeadStatusValue = (typeof LEAD_STATUSES)[number];

/** One row per customer: marketing's current lead score and status. */
@Entity('lead_scores')
export class LeadScoreEntity {
  @PrimaryColumn({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'int' })
  score: number;

  @Column({ type: 'text' })
  status: LeadStatusValue;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
