import { Check, Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

export type MergeActionValue = 'MERGE' | 'UNMERGE';

/** One field on which the two customers of a merge disagreed, and which value the survivor kept. */
export interface MergeConflictRecord {
  field: string;
  survivorValue: string | null;
  mergedValue: string | null;
}

/** The history of merges and unmerges: who was merged into whom, when, and what disagreed. */
@Entity('customer_merge_events')
@Index('IDX_CUSTOMER_MERGE_EVENTS_MERGED', ['mergedId', 'occurredAt'])
@Check('customer_merge_events_action_check', "action IN ('MERGE', 'UNMERGE')")
export class CustomerMergeEventEntity {
  @PrimaryColumn({ type: 'uuid' })
  id: string;

  @Column({ type: 'text' })
  action: MergeActionValue;

  @Column({ name: 'survivor_id', type: 'uuid' })
  @ForeignKey('CustomerEntity', { name: 'customer_merge_events_survivor_id_fkey' })
  survivorId: string;

  @Column({ name: 'merged_id', type: 'uuid' })
  @ForeignKey('CustomerEntity', { name: 'customer_merge_events_merged_id_fkey' })
  mergedId: string;

  /** The merged id and the ids merged into it before: what moved to (or back from) the survivor. */
  @Column({ name: 'moved_ids', type: 'uuid', array: true })
  movedIds: string[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  conflicts: MergeConflictRecord[];

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;
}
