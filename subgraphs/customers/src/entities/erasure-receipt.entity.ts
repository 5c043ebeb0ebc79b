import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

export type ErasureServiceValue = 'CUSTOMERS' | 'MARKETING' | 'SALES' | 'SUPPORT';
export type ReceiptStatusValue = 'PENDING' | 'ERASED';

/** One service's part of an erasure: pending until that service confirms it erased (or de-identified) its rows. */
@Entity('erasure_receipts')
@Check('erasure_receipts_service_check', "service IN ('CUSTOMERS','MARKETING','SALES','SUPPORT')")
@Check('erasure_receipts_status_check', "status IN ('PENDING','ERASED')")
export class ErasureReceiptEntity {
  @PrimaryColumn({ name: 'erasure_id', type: 'uuid' })
  @ForeignKey('ErasureEntity', { name: 'erasure_receipts_erasure_id_fkey', onDelete: 'CASCADE' })
  erasureId: string;

  @PrimaryColumn({ type: 'text' })
  service: ErasureServiceValue;

  @Column({ type: 'text' })
  status: ReceiptStatusValue;

  @Column({ name: 'rows_erased', type: 'int', default: 0 })
  rowsErased: number;

  @Column({ name: 'rows_deidentified', type: 'int', default: 0 })
  rowsDeidentified: number;

  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
