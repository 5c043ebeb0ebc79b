import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigintAsNumber } from '../../../../lib/money';

export type OpportunityStageValue =
  | 'PROSPECTING'
  | 'QUALIFICATION'
  | 'PROPOSAL'
  | 'NEGOTIATION'
  | 'WON'
  | 'LOST';

@Entity('opportunities')
@Index('IDX_OPPORTUNITIES_CUSTOMER_UPDATED', ['customerId', 'updatedAt', 'id'])
@Check(
  'opportunities_stage_check',
  "stage IN ('PROSPECTING','QUALIFICATION','PROPOSAL','NEGOTIATION','WON','LOST')",
)
@Check('opportunities_amount_minor_check', 'amount_minor >= 0')
export class OpportunityEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  stage: OpportunityStageValue;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintAsNumber })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'expected_close_at', type: 'timestamptz', nullable: true })
  expectedCloseAt: Date | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
