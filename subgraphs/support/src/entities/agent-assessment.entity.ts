import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** The agent's own rating of a ticket's resolution: one per ticket, a new one replaces it. */
@Entity('agent_assessments')
@Check('agent_assessments_score_check', 'score BETWEEN 1 AND 5')
export class AgentAssessmentEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  @ForeignKey('TicketEntity', { name: 'agent_assessments_ticket_id_fkey', onDelete: 'CASCADE' })
  ticketId: string;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'agent_id', type: 'text' })
  agentId: string;

  @Column({ name: 'assessed_at', type: 'timestamptz' })
  assessedAt: Date;
}
