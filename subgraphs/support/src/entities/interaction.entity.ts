import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { SupportChannelValue } from './ticket.entity';

export type InteractionKindValue =
  | 'CUSTOMER_MESSAGE'
  | 'AGENT_MESSAGE'
  | 'BOT_MESSAGE'
  | 'TRANSFER'
  | 'HANDOFF_TO_HUMAN';

export const INTERACTION_KINDS = [
  'CUSTOMER_MESSAGE',
  'AGENT_MESSAGE',
  'BOT_MESSAGE',
  'TRANSFER',
  'HANDOFF_TO_HUMAN',
] as const;

@Entity('interactions')
@Index('IDX_INTERACTIONS_TICKET_OCCURRED', ['ticketId', 'occurredAt', 'id'])
@Index('UQ_INTERACTIONS_CLIENT_EVENT_ID', ['clientEventId'], { unique: true })
@Check(
  'interactions_kind_check',
  "kind IN ('CUSTOMER_MESSAGE','AGENT_MESSAGE','BOT_MESSAGE','TRANSFER','HANDOFF_TO_HUMAN')",
)
@Check('interactions_channel_check', "channel IN ('EMAIL','CHAT','PHONE','WEB_FORM','SOCIAL')")
export class InteractionEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ name: 'ticket_id', type: 'uuid' })
  @ForeignKey('TicketEntity', { name: 'interactions_ticket_id_fkey', onDelete: 'CASCADE' })
  ticketId: string;

  @Column({ name: 'client_event_id', type: 'text' })
  clientEventId: string;

  /** Fingerprint of the request that created it, to tell a replay from a conflicting reuse of the id. */
  @Column({ name: 'request_hash', type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  kind: InteractionKindValue;

  @Column({ type: 'text' })
  channel: SupportChannelValue;

  @Column({ type: 'text', nullable: true })
  body: string | null;

  @Column({ name: 'agent_id', type: 'text', nullable: true })
  agentId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
