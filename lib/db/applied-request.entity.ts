import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One column of a stored result, as JSON carries it (a time as its ISO string). */
export type StoredColumnValue = string | number | boolean | null;

/**
 * A write applied under a client's key (`applyOnce` in lib/idempotency.ts), one table per department
 * database: the key, the fingerprint of what it carried, the customer it was for and the result it
 * answered, so a replay answers exactly that result without applying the write again.
 */
@Entity('applied_requests')
export class AppliedRequestEntity {
  /** The mutation, e.g. `setConsent`: each mutation's keys are a space of their own. */
  @PrimaryColumn({ type: 'text' })
  operation: string;

  /** The client's key for the write, e.g. the `clientEventId` it gave. */
  @PrimaryColumn({ name: 'client_key', type: 'text' })
  clientKey: string;

  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  /** The canonical customer the write was stored under; null for a write that names no customer. */
  @Column({ name: 'customer_id', type: 'uuid', nullable: true })
  customerId: string | null;

  /** The result's columns as the database stores them (`snapshotOf`), hydrated again on a replay. */
  @Column({ type: 'jsonb' })
  result: Record<string, StoredColumnValue>;

  @Column({ name: 'applied_at', type: 'timestamptz' })
  appliedAt: Date;
}
