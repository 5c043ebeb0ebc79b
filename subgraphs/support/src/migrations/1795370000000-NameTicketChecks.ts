import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The three ticket CHECKs that span two columns got PostgreSQL's numbered names (`tickets_check`,
 * `tickets_check1`, `tickets_check2`, in the order CreateSupportSchema declared them): name them after
 * the rule they keep, so a violation says which rule and the entity can declare them by name.
 */
export class NameTicketChecks1795370000000 implements MigrationInterface {
  name = 'NameTicketChecks1795370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE tickets RENAME CONSTRAINT tickets_check TO "CHK_TICKETS_FIRST_RESPONSE_AFTER_OPENED"',
    );
    await queryRunner.query(
      'ALTER TABLE tickets RENAME CONSTRAINT tickets_check1 TO "CHK_TICKETS_RESOLVED_AFTER_OPENED"',
    );
    await queryRunner.query(
      'ALTER TABLE tickets RENAME CONSTRAINT tickets_check2 TO "CHK_TICKETS_RESOLVED_AT_MATCHES_STATUS"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE tickets RENAME CONSTRAINT "CHK_TICKETS_RESOLVED_AT_MATCHES_STATUS" TO tickets_check2',
    );
    await queryRunner.query(
      'ALTER TABLE tickets RENAME CONSTRAINT "CHK_TICKETS_RESOLVED_AFTER_OPENED" TO tickets_check1',
    );
    await queryRunner.query(
      'ALTER TABLE tickets RENAME CONSTRAINT "CHK_TICKETS_FIRST_RESPONSE_AFTER_OPENED" TO tickets_check',
    );
  }
}
