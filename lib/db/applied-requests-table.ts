import type { QueryRunner } from 'typeorm';

/**
 * The `applied_requests` table (lib/db/applied-request.entity.ts), as every department's migration creates
 * it: writes without a record of their own to carry the client's key (updates, upserts) keep it here with the
 * request's fingerprint and a snapshot of the answer, so a replay answers the first result (lib/idempotency.ts
 * `applyOnce`). A key's scope is its mutation: (operation, client_key) is the primary key. Each subgraph keeps
 * its own migration class (its own history); the SQL is one.
 */
export async function createAppliedRequestsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query(`
    CREATE TABLE applied_requests (
      operation text NOT NULL,
      client_key text NOT NULL,
      request_hash text NOT NULL,
      customer_id uuid,
      result jsonb NOT NULL,
      applied_at timestamptz NOT NULL,
      PRIMARY KEY (operation, client_key)
    )`);
}

export async function dropAppliedRequestsTable(queryRunner: QueryRunner): Promise<void> {
  await queryRunner.query('DROP TABLE applied_requests');
}
