import type { MigrationInterface, QueryRunner } from 'typeorm';
import {
  createAppliedRequestsTable,
  dropAppliedRequestsTable,
} from '../../../../lib/db/applied-requests-table';

/** The idempotency keys of updates and upserts (see lib/db/applied-requests-table.ts). */
export class AppliedRequests1795380000000 implements MigrationInterface {
  name = 'AppliedRequests1795380000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAppliedRequestsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAppliedRequestsTable(queryRunner);
  }
}
