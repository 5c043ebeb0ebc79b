import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** What an audit event records. The table accepts any text, so a new action needs no migration. */
export const AUDIT_ACTIONS = [
  /** A person read personal data (fields that need `pii:read`). */
  'PII_READ',
  /** A consent decision was recorded (marketing). */
  'CONSENT_CHANGED',
  /** An erasure was requested (customers). */
  'ERASURE_REQUESTED',
  /** Every service confirmed its part of an erasure (customers). */
  'ERASURE_COMPLETED',
  /** A department erased its rows of an erasure. */
  'DEPARTMENT_ERASED',
  /** A person's data was exported. */
  'CUSTOMER_EXPORTED',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** `SERVICE` for a service token (`service:<name>`), `HUMAN` for every other subject. */
export const ACTOR_KINDS = ['HUMAN', 'SERVICE'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** One non-personal detail of an event: a channel, a purpose, a flag, a count. */
export type AuditDetailValue = string | number | boolean | null;

/**
 * The audit log of a subgraph's database (customers: personal-data reads and erasures; marketing: consent
 * changes): who did what to which customers, and when. It never holds a personal value: customers by id,
 * fields by name (`Customer.email`), and only non-personal details.
 */
@Entity('audit_events')
@Index('IDX_AUDIT_EVENTS_CUSTOMER_IDS', ['customerIds'], { type: 'gin' })
@Check('audit_events_actor_kind_check', "actor_kind IN ('HUMAN', 'SERVICE')")
export class AuditEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** The token's subject: a person's id at the identity provider, or `service:<name>`. */
  @Column({ type: 'text' })
  actor: string;

  @Column({ name: 'actor_kind', type: 'text' })
  actorKind: ActorKind;

  /** The scopes the actor's token carried. */
  @Column({ type: 'text', array: true })
  scopes: string[];

  @Column({ type: 'text' })
  action: AuditAction;

  /** The customers concerned, by id (any id they had at the time). */
  @Column({ name: 'customer_ids', type: 'uuid', array: true })
  customerIds: string[];

  /** For a personal-data read, the fields read: `Customer.email`, `Query.customerByIdentifier`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  fields: string[];

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, AuditDetailValue>;

  /** The request's `x-request-id`, to find its log lines. */
  @Column({ name: 'request_id', type: 'text', nullable: true })
  requestId: string | null;
}
