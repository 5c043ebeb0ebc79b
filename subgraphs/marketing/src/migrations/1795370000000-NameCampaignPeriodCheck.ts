import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The campaigns CHECK on two columns got PostgreSQL's generic name `campaigns_check`: name it after the
 * rule it keeps, so a violation says which rule and the entity can declare it by name.
 */
export class NameCampaignPeriodCheck1795370000000 implements MigrationInterface {
  name = 'NameCampaignPeriodCheck1795370000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE campaigns RENAME CONSTRAINT campaigns_check TO "CHK_CAMPAIGNS_ENDED_AFTER_STARTED"',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE campaigns RENAME CONSTRAINT "CHK_CAMPAIGNS_ENDED_AFTER_STARTED" TO campaigns_check',
    );
  }
}
