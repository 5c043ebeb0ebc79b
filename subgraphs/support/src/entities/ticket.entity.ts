import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type SupportChannelValue = 'EMAIL' | 'CHAT' | 'PHONE' | 'WEB_FORM' | 'SOCIAL';
export type TicketStatusValue = 'OPEN' | 'PENDING' | 'RESOLVED' | 'CLOSED';
export type TicketPriorityValue = 'LOW' | 'NORMAL' | 'HIGH' | 'URGENT';
export type TicketHandlerValue = 'BOT' | 'HUMAN';

export const SUPPORT_CHANNELS = ['EMAIL', 'CHAT', 'PHONE', 'WEB_FORM', 'SOCIAL'] as const;
export const TICKET_STATUSES = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'] as const;
export const TICKET_PRIORITIES = ['LOW', 'NORMAL', 'HIGH', 'URGENT'] as const;
export const TICKET_HANDLERS = ['BOT', 'HUMAN'] as const;

/** Statuses in which a ticket counts as resolved; moving out of them is a reopen. */
export const RESOLVED_STATUSES: readonly TicketStatusValue[] = ['RESOLVED', 'CLOSED'];

@Entity('tickets')
@Index('IDX_TICKETS_CUSTOMER_OPENED', ['customerId', 'openedAt', 'id'])
@Index('UQ_TICKETS_CLIENT_TICKET_ID', ['clientTicketId'], { unique: true })
@Check('tickets_channel_check', "channel IN ('EMAIL','CHAT','PHONE','WEB_FORM','SOCIAL')")
@Check('tickets_status_check', "status IN ('OPEN','PENDING','RESOLVED','CLOSED')")
@Check('tickets_priority_check', "priority IN ('LOW','NORMAL','HIGH','URGENT')")
@Check('tickets_handled_by_check', "handled_by IN ('BOT','HUMAN')")
@Check('tickets_reopened_count_check', 'reopened_count >= 0')
@Check('CHK_TICKETS_FIRST_RESPONSE_AFTER_OPENED', 'first_response_at >= opened_at')
@Check('CHK_TICKETS_RESOLVED_AFTER_OPENED', 'resolved_at >= opened_at')
@Check(
  'CHK_TICKETS_RESOLVED_AT_MATCHES_STATUS',
  "(status IN ('RESOLVED','CLOSED')) = (resolved_at IS NOT NULL)",
)
export class TicketEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'customer_id', type: 'uuid' })
  customerId: string;

  @Column({ name: 'client_ticket_id', type: 'text' })
  clientTicketId: string;

  /** Fingerprint of the request that created it, to tell a replay from a conflicting reuse of the id. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  topic: string;

  @Column({ type: 'text' })
  channel: SupportChannelValue;

  @Column({ type: 'text' })
  status: TicketStatusValue;

  @Column({ type: 'text' })
  priority: TicketPriorityValue;

  @Column({ name: 'handled_by', type: 'text' })
  handledBy: TicketHandlerValue;

  @Column({ type: 'boolean', default: false })
  escalated: boolean;

  @Column({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'first_response_at', type: 'timestamptz', nullable: true })
  firstResponseAt: Date | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ name: 'reopened_count', type: 'int', default: 0 })
  reopenedCount: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
