import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createAuditEventsTable, dropAuditEventsTable } from '../../../../lib/db/audit-events-table';

/** The audit log (see lib/db/audit-events-table.ts and lib/audit/record-audit.ts). */
export class AuditEvents1796100000000 implements MigrationInterface {
  name = 'AuditEvents1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await createAuditEventsTable(queryRunner);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await dropAuditEventsTable(queryRunner);
  }
}
