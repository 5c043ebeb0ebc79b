import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSupportSchema1763900000000 implements MigrationInterface {
  name = 'CreateSupportSchema1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE tickets (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        client_ticket_id text NOT NULL,
        request_hash text NOT NULL,
        subject text NOT NULL,
        topic text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL','CHAT','PHONE','WEB_FORM','SOCIAL')),
        status text NOT NULL CHECK (status IN ('OPEN','PENDING','RESOLVED','CLOSED')),
        priority text NOT NULL CHECK (priority IN ('LOW','NORMAL','HIGH','URGENT')),
        handled_by text NOT NULL CHECK (handled_by IN ('BOT','HUMAN')),
        escalated boolean NOT NULL DEFAULT false,
        opened_at timestamptz NOT NULL,
        first_response_at timestamptz CHECK (first_response_at >= opened_at),
        resolved_at timestamptz CHECK (resolved_at >= opened_at),
        reopened_count int NOT NULL DEFAULT 0 CHECK (reopened_count >= 0),
        updated_at timestamptz NOT NULL,
        CHECK ((status IN ('RESOLVED','CLOSED')) = (resolved_at IS NOT NULL))
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_TICKETS_CUSTOMER_OPENED" ON tickets (customer_id, opened_at, id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_TICKETS_CLIENT_TICKET_ID" ON tickets (client_ticket_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE interactions (
        id uuid PRIMARY KEY,
        ticket_id uuid NOT NULL REFERENCES tickets (id) ON DELETE CASCADE,
        client_event_id text NOT NULL,
        request_hash text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('CUSTOMER_MESSAGE','AGENT_MESSAGE','BOT_MESSAGE','TRANSFER','HANDOFF_TO_HUMAN')),
        channel text NOT NULL CHECK (channel IN ('EMAIL','CHAT','PHONE','WEB_FORM','SOCIAL')),
        body text,
        agent_id text,
        occurred_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_INTERACTIONS_TICKET_OCCURRED" ON interactions (ticket_id, occurred_at, id)`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_INTERACTIONS_CLIENT_EVENT_ID" ON interactions (client_event_id)`,
    );
    await queryRunner.query(`
      CREATE TABLE csat_ratings (
        ticket_id uuid PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        comment text,
        submitted_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE agent_assessments (
        ticket_id uuid PRIMARY KEY REFERENCES tickets (id) ON DELETE CASCADE,
        score smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
        note text,
        agent_id text NOT NULL,
        assessed_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE agent_assessments');
    await queryRunner.query('DROP TABLE csat_ratings');
    await queryRunner.query('DROP TABLE interactions');
    await queryRunner.query('DROP TABLE tickets');
  }
}
