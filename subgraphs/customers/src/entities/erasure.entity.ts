import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A request to erase a person: the group of ids it covers, who asked, and when every department confirmed. */
@Entity('erasures')
@Index('UQ_ERASURES_CUSTOMER', ['customerId'], { unique: true })
export class ErasureEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  /** The canonical id at the time of the erasure. */
  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  /** The canonical id and every id merged into it: what each department erases. */
  @Column({ name: 'customer_ids', type: 'uuid', array: true })
  customerIds: string[];

  /** The token subject of whoever asked (never a name or an email). */
  @Column({ name: 'requested_by', type: 'text' })
  requestedBy: string;

  @Column({ name: 'requested_at', type: 'timestamptz' })
  requestedAt: Date;

  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;
}
