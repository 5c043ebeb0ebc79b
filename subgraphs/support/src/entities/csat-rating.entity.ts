import { Check, Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** The customer's score for a ticket: one per ticket, a resubmission replaces it. */
@Entity('csat_ratings')
@Check('csat_ratings_score_check', 'score BETWEEN 1 AND 5')
export class CsatRatingEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  @ForeignKey('TicketEntity', { name: 'csat_ratings_ticket_id_fkey', onDelete: 'CASCADE' })
  ticketId: string;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
