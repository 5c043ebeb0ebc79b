import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('customers')
@Index('IDX_CUSTOMERS_CREATED', ['createdAt', 'id'])
@Index('IDX_CUSTOMERS_CANONICAL', ['canonicalId'], { where: 'canonical_id IS NOT NULL' })
export class CustomerEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'display_name', type: 'text', nullable: true })
  displayName: string | null;

  @Column({ type: 'text', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  locale: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The customer this one was merged into directly; null for a customer in its own right. */
  @Column({ name: 'merged_into', type: 'uuid', nullable: true })
  mergedInto: string | null;

  /** The surviving customer this one resolves to (the end of the `mergedInto` chain). */
  @Column({ name: 'canonical_id', type: 'uuid', nullable: true })
  canonicalId: string | null;

  @Column({ name: 'merged_at', type: 'timestamptz', nullable: true })
  mergedAt: Date | null;

  /** Every id merged into this customer, transitively: the ids departments read together with `id`. */
  @Column({ name: 'alias_ids', type: 'uuid', array: true, default: () => "'{}'" })
  aliasIds: string[];
}
