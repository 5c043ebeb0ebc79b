import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { IdentifierKindValue } from '../../../../lib/identifiers';

/** One way of recognising a customer; unique per kind, system and value. */
@Entity('customer_identifiers')
@Index('IDX_CUSTOMER_IDENTIFIERS_CUSTOMER', ['customerId'])
@Index('UQ_CUSTOMER_IDENTIFIERS_VALUE', ['kind', 'system', 'value'], { unique: true })
@Check('customer_identifiers_kind_check', "kind IN ('EMAIL','PHONE','EXTERNAL')")
export class CustomerIdentifierEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  @ForeignKey('CustomerEntity', { name: 'customer_identifiers_customer_id_fkey', onDelete: 'CASCADE' })
  customerId: string;

  @Column({ type: 'text' })
  kind: IdentifierKindValue;

  /** '' for EMAIL and PHONE, so the unique index needs no NULL handling. */
  @Column({ type: 'text', default: '' })
  system: string;

  @Column({ type: 'text' })
  value: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
