import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMarketingSchema1763850000000 implements MigrationInterface {
  name = 'CreateMarketingSchema1763850000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE signals (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        client_event_id text NOT NULL,
        request_hash text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PAGE_VIEW','PRICING_VIEW','PRODUCT_RESEARCH','COMPETITOR_COMPARISON',
          'CART_ABANDONED','CHECKOUT_ERROR','CANCEL_SUBSCRIPTION_INTENT','UNSUBSCRIBE','EMAIL_OPEN','EMAIL_CLICK',
          'FORM_SUBMIT')),
        channel text NOT NULL CHECK (channel IN ('WEB','APP','EMAIL')),
        topic text,
        url text,
        occurred_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_SIGNALS_CUSTOMER_OCCURRED" ON signals (customer_id, occurred_at, id)`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_SIGNALS_CLIENT_EVENT_ID" ON signals (client_event_id)`);
    await queryRunner.query(`
      CREATE TABLE consents (
        customer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL','SMS','PHONE','PUSH','POST')),
        purpose text NOT NULL CHECK (purpose IN ('MARKETING','SERVICE','PROFILING')),
        granted boolean NOT NULL,
        source text NOT NULL,
        recorded_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (customer_id, channel, purpose)
      )`);
    await queryRunner.query(`
      CREATE TABLE consent_events (
        id uuid PRIMARY KEY,
        customer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL','SMS','PHONE','PUSH','POST')),
        purpose text NOT NULL CHECK (purpose IN ('MARKETING','SERVICE','PROFILING')),
        granted boolean NOT NULL,
        source text NOT NULL,
        recorded_at timestamptz NOT NULL,
        received_at timestamptz NOT NULL
      )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_CONSENT_EVENTS_CUSTOMER_RECORDED" ON consent_events (customer_id, recorded_at, id)`,
    );
    await queryRunner.query(`
      CREATE TABLE preferred_channels (
        customer_id uuid PRIMARY KEY,
        channel text NOT NULL CHECK (channel IN ('EMAIL','SMS','PHONE','PUSH','POST')),
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY,
        name text NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL','SMS','PHONE','PUSH','POST')),
        purpose text NOT NULL CHECK (purpose IN ('MARKETING','SERVICE','PROFILING')),
        started_at timestamptz NOT NULL,
        ended_at timestamptz CHECK (ended_at IS NULL OR ended_at >= started_at),
        created_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_CAMPAIGNS_STARTED" ON campaigns (started_at, id)`);
    await queryRunner.query(`
      CREATE TABLE touches (
        id uuid PRIMARY KEY,
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        customer_id uuid NOT NULL,
        channel text NOT NULL CHECK (channel IN ('EMAIL','SMS','PHONE','PUSH','POST')),
        client_touch_id text,
        request_hash text,
        sent_at timestamptz NOT NULL,
        opened_at timestamptz,
        clicked_at timestamptz,
        bounced_at timestamptz,
        unsubscribed_at timestamptz,
        updated_at timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX "IDX_TOUCHES_CUSTOMER_SENT" ON touches (customer_id, sent_at, id)`);
    await queryRunner.query(`CREATE INDEX "IDX_TOUCHES_CAMPAIGN_SENT" ON touches (campaign_id, sent_at, id)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "UQ_TOUCHES_CLIENT_TOUCH_ID" ON touches (client_touch_id)`);
    await queryRunner.query(`
      CREATE TABLE lead_scores (
        customer_id uuid PRIMARY KEY,
        score int NOT NULL CHECK (score BETWEEN 0 AND 100),
        status text NOT NULL CHECK (status IN ('NEW','NURTURING','MQL','SQL','DISQUALIFIED','CUSTOMER')),
        updated_at timestamptz NOT NULL
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE lead_scores');
    await queryRunner.query('DROP TABLE touches');
    await queryRunner.query('DROP TABLE campaigns');
    await queryRunner.query('DROP TABLE preferred_channels');
    await queryRunner.query('DROP TABLE consent_events');
    await queryRunner.query('DROP TABLE consents');
    await queryRunner.query('DROP TABLE signals');
  }
}
