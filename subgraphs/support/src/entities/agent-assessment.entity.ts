import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The agent's own rating of a ticket's resolution: one per ticket, a new one replaces it. */
@Entity('agent_assessments')
export class AgentAssessmentEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
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
