import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The suppression list: a keyed hash (HMAC-SHA256) of each identifier an erased person had, never the
 * identifier itself, so a later write naming that person is refused without the graph keeping their data.
 */
@Entity('suppressed_identifiers')
export class SuppressedIdentifierEntity {
  @PrimaryColumn({ type: 'text' })
  hash: string;

  /** The erased (tombstone) customer the identifier belonged to. */
  @Column({ name: 'customer_id', type: 'uuid' })
  @ForeignKey('CustomerEntity', { name: 'suppressed_identifiers_customer_id_fkey' })
  customerId: string;

  @Column({ name: 'erasure_id', type: 'uuid' })
  @ForeignKey('ErasureEntity', { name: 'suppressed_identifiers_erasure_id_fkey' })
  erasureId: string;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
