import type { Logger as TypeOrmLogger } from 'typeorm';
import { logger } from '../logger';

/**
 * Counts every SQL statement a data source sends, per database; the N+1 guard test reads them. A
 * process-wide tally is right here because it describes the process, not a user.
 */
const counts = new Map<string, number>();

export function statementCount(database?: string): number {
  if (database !== undefined) return counts.get(database) ?? 0;
  let total = 0;
  for (const value of counts.values()) total += value;
  return total;
}

export function statementCounts(): Record<string, number> {
  return Object.fromEntries(counts);
}

export function resetStatementCounts(): void {
  counts.clear();
}

/** A TypeORM logger that counts statements and logs slow or failed ones through pino. */
export class CountingLogger implements TypeOrmLogger {
  private readonly out;

  constructor(private readonly database: string) {
    this.out = logger.child({ component: 'db', database });
  }

  logQuery(): void {
    counts.set(this.database, (counts.get(this.database) ?? 0) + 1);
  }

  logQueryError(error: string | Error, query: string): void {
    this.out.warn({ err: error, query: query.slice(0, 200) }, 'query failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.out.warn({ ms: time, query: query.slice(0, 200) }, 'slow query');
  }

  logSchemaBuild(): void {}

  logMigration(message: string): void {
    this.out.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.out.warn({ message }, 'typeorm');
  }
}
