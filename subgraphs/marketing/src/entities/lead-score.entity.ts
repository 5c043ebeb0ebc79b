import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

export const LEAD_STATUSES = ['NEW', 'NURTURING', 'MQL', 'SQL', 'DISQUALIFIED', 'CUSTOMER'] as const;
export type LeadStatusValue = (typeof LEAD_STATUSES)[number];

/** One row per customer: marketing's current lead score and status. */
@Entity('lead_scores')
@Check('lead_scores_score_check', 'score BETWEEN 0 AND 100')
@Check('lead_scores_status_check', "status IN ('NEW','NURTURING','MQL','SQL','DISQUALIFIED','CUSTOMER')")
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
