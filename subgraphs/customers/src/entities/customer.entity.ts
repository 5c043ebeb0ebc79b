import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

@Entity('customers')
@Index('IDX_CUSTOMERS_CREATED', ['createdAt', 'id'])
@Index('IDX_CUSTOMERS_CANONICAL', ['canonicalId'], { where: 'canonical_id IS NOT NULL' })
@Check('CHK_CUSTOMERS_NOT_SELF_MERGED', 'merged_into <> id AND canonical_id <> id')
@Check('CHK_CUSTOMERS_MERGE_COMPLETE', '(merged_into IS NULL) = (canonical_id IS NULL)')
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
  @ForeignKey('CustomerEntity', { name: 'customers_merged_into_fkey' })
  mergedInto: string | null;

  /** The surviving customer this one resolves to (the end of the `mergedInto` chain). */
  @Column({ name: 'canonical_id', type: 'uuid', nullable: true })
  @ForeignKey('CustomerEntity', { name: 'customers_canonical_id_fkey' })
  canonicalId: string | null;

  @Column({ name: 'merged_at', type: 'timestamptz', nullable: true })
  mergedAt: Date | null;

  /** Every id merged into this customer, transitively: the ids departments read together with `id`. */
  @Column({ name: 'alias_ids', type: 'uuid', array: true, default: () => "'{}'" })
  aliasIds: string[];

  /** When the person was erased: the row is a tombstone with no personal data from then on. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;
}
