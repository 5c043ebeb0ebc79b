import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The customer's score for a ticket: one per ticket, a resubmission replaces it. */
@Entity('csat_ratings')
export class CsatRatingEntity {
  @PrimaryColumn({ name: 'ticket_id', type: 'uuid' })
  ticketId: string;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;
}
