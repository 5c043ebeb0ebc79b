import type { QueryRunner } from 'typeorm';

/**
 * The `audit_events` table (lib/db/audit-event.entity.ts), as the customers and marketing migrations create
 * it: one row per audited event, found by customer through a GIN index on `customer_ids`. Each subgraph
 * keeps its own migration class (its own history); the SQL is one.
 */
export async function createAuditEventsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE audit_events (
      id uuid PRIMARY KEY,
      occurred_at timestamptz NOT NULL,
      actor text NOT NULL,
      actor_kind text NOT NULL,
      scopes text[] NOT NULL,
      action text NOT NULL,
      customer_ids uuid[] NOT NULL,
      fields text[] NOT NULL DEFAULT '{}',
      detail jsonb NOT NULL DEFAULT '{}',
      request_id text,
      CONSTRAINT audit_events_actor_kind_check CHECK (actor_kind IN ('HUMAN', 'SERVICE'))
    )`);
  await queryRunner.query(
    'CREATE INDEX "IDX_AUDIT_EVENTS_CUSTOMER_IDS" ON audit_events USING gin (customer_ids)',
  );
}

export async function dropAuditEventsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TABLE audit_events');
}
